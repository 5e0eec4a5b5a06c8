"""Held-out time fixtures (issue 10, round 44): what someone expects, hopes for or awaits is ahead
(en `future`: "expects", "hopes", "awaits", and their -ing forms but in a past progressive): "no
flag meeting had been held; the BGB said it expects an answer by Friday", told on a Wednesday, is
the coming Friday, not the one the past "had been held" and "said" would choose.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against main at f2a441c0: 0 of 3 held out pass; after: 3 of 3. Controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

AUG = "2025-08-27"  # a Wednesday

EXPECTATION = [
 ("No flag meeting had been held; the BGB said it expects an answer from the Indian side by Friday.",
  [("Friday", "2025-08-29")]),
 ("The family said it awaits a reply from the ministry on Saturday.", [("Saturday", "2025-08-30")]),
 ("Officials said the ministry hopes to sign the deal on Sunday.", [("Sunday", "2025-08-31")]),
]

CONTROLS = [
 ("Farmers were hoping for rain on Monday.", [("Monday", "2025-08-25")]),
 ("The expected rain came on Monday.", [("Monday", "2025-08-25")]),
]


@pytest.mark.parametrize("text,expected", EXPECTATION + CONTROLS)
def test_expectation(text, expected):
    assert_times_as_scored(text, "en", AUG, expected)
