"""Held-out cases (round 23, issue 9): a Bengali event noun followed by an infinitive and "may"
("নিষেধাজ্ঞা আরোপ করতে পারে" = may impose sanctions) tells the act itself as possible (E7). The
infinitive "করতে"/"দিতে" is in `suppress_after` for what someone is asked or sent to do, so the
candidate was dropped: of the written Bengali sentences that gave no candidate, 52 were dropped
there, most of them "করতে পারে". An infinitive before a verb of ordering or asking is still
suppressed. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of

# (sentence, type, actor id): the act, coded possible, by its postposed subject
MAY_DO = [
    ("দিল্লিতে বাংলাদেশি নাগরিকদের হয়রানির ঘটনায় ভারতীয় হাইকমিশনারকে তলব করতে পারে পররাষ্ট্র মন্ত্রণালয়।",
     "ACCUSE", "bangladesh-foreign-ministry"),
    ("ইউক্রেনে হামলার জবাবে রাশিয়ার কয়েকটি ব্যাংকের ওপর নতুন নিষেধাজ্ঞা আরোপ করতে পারে যুক্তরাষ্ট্র।",
     "SANCTION", "united-states"),
    ("বাংলাদেশ থেকে আমদানি করা পাটজাত পণ্যের ওপর আরও শুল্ক আরোপ করতে পারে ভারত।",
     "SANCTION", "india"),
    ("চট্টগ্রাম বন্দরের উন্নয়নে জাপানের সঙ্গে আগামী মাসে চুক্তি সই করতে পারে বাংলাদেশ।",
     "AGREE", "bangladesh"),
    ("কূটনীতিকদের নিরাপত্তা নিয়ে উদ্বেগ জানাতে পাকিস্তানের হাইকমিশনারকে তলব করতে পারে ভারত।",
     "ACCUSE", "india"),
    ("সীমান্তে গোলাবর্ষণের ঘটনায় মিয়ানমারের রাষ্ট্রদূতকে আবারও তলব করতে পারে বাংলাদেশ।",
     "ACCUSE", "bangladesh"),
]
# an infinitive before a verb of ordering: the act is asked for, not told
ASKED = [
    ("ভারতীয় হাইকমিশনারকে তলব করতে নির্দেশ দিয়েছে পররাষ্ট্র মন্ত্রণালয়।", "ACCUSE"),
    ("কয়েকটি প্রতিষ্ঠানের ওপর নিষেধাজ্ঞা আরোপ করতে অনুরোধ জানিয়েছে শ্রমিক সংগঠনগুলো।", "SANCTION"),
]
# "could have" (পারত, পারতেন): a counterfactual, no act told as possible (E7); it stays suppressed
COULD_HAVE = [
    ("গত বছরই বাংলাদেশি পণ্যের ওপর আরও শুল্ক আরোপ করতে পারত ভারত।", "SANCTION"),
    ("চাইলে সীমান্তে আরও বিজিবি সদস্য মোতায়েন করতে পারতো বাংলাদেশ।", "MOBILIZE"),
    ("সেদিনই মিয়ানমারের রাষ্ট্রদূতকে তলব করতে পারতেন পররাষ্ট্র উপদেষ্টা।", "ACCUSE"),
]


@pytest.mark.parametrize("text,etype,actor", MAY_DO, ids=range(len(MAY_DO)))
def test_an_act_one_may_do_is_a_possible_event(text, etype, actor):
    assert [e for e in candidates_of(text)
            if e.type == etype and actor in [a.id for a in e.actors] and e.modality == "possible"]


@pytest.mark.parametrize("text,etype", ASKED, ids=range(len(ASKED)))
def test_an_act_one_is_told_to_do_stays_suppressed(text, etype):
    assert [e for e in candidates_of(text) if e.type == etype] == []


@pytest.mark.parametrize("text,etype", COULD_HAVE, ids=range(len(COULD_HAVE)))
def test_an_act_one_could_have_done_stays_suppressed(text, etype):
    assert [e for e in candidates_of(text) if e.type == etype] == []
