"""Round 33 (issue 10, Bengali speakers): a subject after any finite verb (rule postposed_subject,
the pack's `postposed_subject_endings`). "খবর পেয়ে হাসপাতালে ছুটে আসেন রফিকুলের বড় ভাই X।"
names X as the sentence's subject, though the verb is no cue or light verb; a "তিনি বলেন" right
after is X's, not a person who opened an earlier sentence (a boy who "was a student", a plaintiff).

Sentences written for this file (no newspaper text). Before the change the 2 cases fail (the
pronoun went to the earlier sentence's subject), after none; the 3 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

CASES = [
    ("বাসচালক রফিকুল ইসলাম ঢাকায় চাকরি করতেন। সকালে ছেলে মাহিন হোসেনকে (১৪) নিয়ে তিনি রওনা দিয়েছিলেন। "
     "মাহিন হোসেন স্থানীয় একটি বিদ্যালয়ের ছাত্র ছিল।\nখবর পেয়ে দুপুরে হাসপাতালে ছুটে আসেন রফিকুলের বড় ভাই "
     "মো. আবদুল করিম। তিনি বলেন, “ভাইকে আর ফিরে পাব না।”", "ভাইকে আর ফিরে", "Md Abdul Karim"),
    ("মামলার বাদী ছিলেন নিহত জাকির হোসেনের ভাই মনিরুল হক। রায় শুনে আদালত প্রাঙ্গণে কান্নায় ভেঙে পড়েন "
     "জাকিরের স্ত্রী শিরিন আক্তার। দুই সন্তানকে নিয়ে তিনি আদালতে এসেছিলেন। ‘চার বছর অপেক্ষা করেছি,’ বলেন তিনি।",
     "চার বছর অপেক্ষা", "Shirin Akter"),
]

# controls: the subject after a light verb (read so before), a subject opening its sentence with
# nobody after a verb, and a name after "ছিলেন" that is the subject too
CONTROLS = [
    ("প্রধান শিক্ষক আবুল কাশেম বলেন, “ক্লাস চলবে।” পরে অভিভাবকদের সঙ্গে বৈঠক করেন জেলা শিক্ষা কর্মকর্তা "
     "নাসির উদ্দিন। তিনি বলেন, “ভবন মেরামত হবে।”", "ভবন মেরামত", "Nasir Uddin"),
    ("বাসচালক রফিকুল ইসলাম ঢাকায় চাকরি করতেন। খবর পেয়ে তাঁর বড় ভাই আবদুল করিম হাসপাতালে আসেন। তিনি বলেন, "
     "“ভাইকে আর ফিরে পাব না।”", "ভাইকে আর ফিরে", "Abdul Karim"),
    ("দলের মহাসচিব রুহুল কবির বলেন, “আমরা প্রস্তুত।” সভায় উপস্থিত ছিলেন ঢাকা মহানগরের সভাপতি আমিনুল হক। "
     "তিনি বলেন, “কর্মসূচি চলবে।”", "কর্মসূচি চলবে", "Aminul Haque"),
]


@pytest.mark.parametrize("body,fragment,speaker", CASES + CONTROLS)
def test_subject_after_any_finite_verb(body, fragment, speaker):
    assert quote_speakers(body, fragment) == [speaker]
