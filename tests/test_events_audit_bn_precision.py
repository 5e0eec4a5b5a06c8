"""Round 41 (issue 9, precision on unseen real articles): false Bengali events an audit of
unannotated news-dev rows found, each with a grammatical cause. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor import lang
from khobor.events.extraction import candidates


def _events(text: str, etype: str) -> list:
    rec = record_of(text, "bn")
    return [e for e in candidates(rec, lang.load("bn")) + rec.events if e.type == etype]


# prayers asked of the public ask nobody to act (coder.prayer_asked); justice asked of the
# government stays a request
PRAYERS_AND_REQUESTS = [
    ("অসুস্থ বাবার দ্রুত আরোগ্যের জন্য দলের নেতাকর্মীদের কাছে দোয়া চেয়েছেন বিএনপি নেতা মির্জা আব্বাস।", False),
    ("জামায়াতের আমির শফিকুর রহমান তার স্ত্রীর সুস্থতার জন্য সবার কাছে দোয়া চেয়েছেন।", False),
    ("বিএনপি নেতা মির্জা আব্বাস সরকারের কাছে হামলার বিচার চেয়েছেন।", True),
]


@pytest.mark.parametrize("text,requested", PRAYERS_AND_REQUESTS, ids=range(len(PRAYERS_AND_REQUESTS)))
def test_prayers_asked_for_are_no_request(text, requested):
    assert bool(_events(text, "REQUEST")) is requested
