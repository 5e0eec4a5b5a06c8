"""Held-out cases: concern expressed with nobody it is told to ("শিশুদের পুষ্টিহীনতা নিয়ে উদ্বেগ
জানিয়েছে ইউনিসেফ") is no accusation; concern told to a party stays one (the trigger "উদ্বেগ জানা*"
takes the frame that needs a recipient; review of round 25). Sentences written for this file, not
taken from any article."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

NOBODY = [
    "শিশুদের পুষ্টিহীনতা নিয়ে উদ্বেগ জানিয়েছে ইউনিসেফ।",
    "রোহিঙ্গা শিবিরের নিরাপত্তা নিয়ে উদ্বেগ জানিয়েছে জাতিসংঘ।",
    "দেশে ডেঙ্গুর বিস্তার নিয়ে উদ্বেগ জানিয়েছে বিশ্ব স্বাস্থ্য সংস্থা।",
    "চালের দাম বাড়ায় উদ্বেগ জানিয়েছে বিএনপি।",
    "নদীভাঙনে ঘর হারানো মানুষের দুর্দশা নিয়ে উদ্বেগ জানিয়েছে রেড ক্রস।",
    "সড়ক দুর্ঘটনা বেড়ে যাওয়ায় উদ্বেগ জানিয়েছে জামায়াতে ইসলামী।",
]


@pytest.mark.parametrize("text", NOBODY, ids=[f"case{i}" for i in range(len(NOBODY))])
def test_concern_told_to_nobody_is_no_accusation(text):
    assert not events_of_type(text, "bn", "ACCUSE")


def test_concern_told_to_a_party_stays_an_accusation():
    text = "সীমান্তে হত্যা নিয়ে দিল্লির কাছে উদ্বেগ জানিয়েছে ঢাকা।"
    assert any(any(r.country == "IND" for r in e.recipients) for e in events_of_type(text, "bn", "ACCUSE"))
