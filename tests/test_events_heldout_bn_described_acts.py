"""Held-out cases (round 25, issue 9): a Bengali speaker who describes or names an act ("হামলাকে
'নিছক সন্ত্রাস' বলে বর্ণনা করেছেন", described the attack as sheer terror; "... গণহত্যা হিসেবে
অভিহিত করেছেন", called it genocide) comments on it and did not do it (GUIDELINES E2, E5). The
coder made the speaker the attacker: the describing verb was no comment cue, and the quotative
"বলে" before it opened a clause that hid the cue from the act (roles.commenter_is_not_the_actor,
comment_cues and quotatives in events.yaml). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of_type

# (sentence, the described act's type)
DESCRIBED = [
    ("ইউক্রেনের প্রেসিডেন্ট ভলোদিমির জেলেনস্কি এক বিবৃতিতে হামলাকে \"নিছক সন্ত্রাস\" বলে বর্ণনা করেছেন।", "ASSAULT"),
    ("ইরানের পররাষ্ট্রমন্ত্রী আব্বাস আরাগচি এই হামলাকে যুদ্ধাপরাধ বলে আখ্যা দিয়েছেন।", "ASSAULT"),
    ("তুরস্কের প্রেসিডেন্ট রিসেপ তাইয়েপ এরদোয়ান গাজায় বিমান হামলাকে গণহত্যা হিসেবে অভিহিত করেছেন।", "ASSAULT"),
    ("বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর এই গ্রেপ্তারকে রাজনৈতিক প্রতিহিংসা বলে বর্ণনা করেন।", "COERCE"),
    ("জাতিসংঘ মহাসচিব আন্তোনিও গুতেরেস এই হামলাকে আন্তর্জাতিক আইনের লঙ্ঘন বলে উল্লেখ করেছেন।", "ASSAULT"),
    ("ভারতের পররাষ্ট্রমন্ত্রী এস জয়শঙ্কর সীমান্তে গুলিবর্ষণকে দুঃখজনক বলে বর্ণনা করেছেন।", "ASSAULT"),
]

# an act the speaker reports, not describes, keeps its doer
REPORTED = [
    ("রাশিয়া খারকিভে হামলা চালিয়েছে বলে জানিয়েছে ইউক্রেন।", "ASSAULT", "RUS"),
    ("রাশিয়া কিয়েভে ক্ষেপণাস্ত্র হামলা চালিয়েছে।", "ASSAULT", "RUS"),
]


@pytest.mark.parametrize("text,etype", DESCRIBED, ids=range(len(DESCRIBED)))
def test_the_describer_did_not_do_the_described_act(text, etype):
    speaker_acts = [ev for ev in candidates_of_type(text, "bn", etype) if ev.actors]
    assert speaker_acts == []


@pytest.mark.parametrize("text,etype,actor", REPORTED, ids=range(len(REPORTED)))
def test_a_reported_act_keeps_its_doer(text, etype, actor):
    acts = candidates_of_type(text, "bn", etype)
    assert acts and {a.country for a in acts[0].actors} == {actor}
