"""Held-out cases (round 43, issue 9): the polite negative copula "নন" (is not) after a predicate
negates it: "এই বক্তব্যের সঙ্গে একমত নন" (does not agree with this statement) tells no agreement
(negated_as makes it the refusal, REJECT, when it is coded at all). Before the fix the agreement was
told asserted (writtendev w41). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept

DISAGREEING = [
    "পাকিস্তানের উপপ্রধানমন্ত্রী ঢাকা সফর করেন। তাঁর এই বক্তব্যের সঙ্গে একমত নন বলে পরে জানিয়েছেন পররাষ্ট্র উপদেষ্টা তৌহিদ হোসেন।",
    "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর সরকারের এই প্রস্তাবের সঙ্গে একমত নন।",
]


@pytest.mark.parametrize("text", DISAGREEING, ids=range(len(DISAGREEING)))
def test_not_agreeing_is_no_agreement(text):
    assert not proposed_or_kept(text, "bn", {"AGREE"})
