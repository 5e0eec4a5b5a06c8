"""Time expressions, round 8 (issue 10): classes of error seen on dev, each with sentences written
for this file (none copied from any article): spellings and endings, composite expressions that
kept one part only, a story's year carried on through a narrative, and weekdays of an article
without a publication date."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.times.expressions import find_times

BN = lang.load("bn")
EN = lang.load("en")
SUNDAY = "2025-12-28"  # a Sunday


def found(text: str, pack=BN, published: str | None = SUNDAY) -> list[tuple[str, str | None]]:
    out = find_times(text, pack, published)
    for t in out:  # every span is the exact words it came from
        assert text[t.start:t.end] == t.text
    return [(t.text, t.value) for t in out]


# ---------------------------------------------------------------- spellings and endings

@pytest.mark.parametrize("text, expected", [
    ("২০২৪ সালের ৫ই অগাস্ট সরকারের পতন হয়।", [("২০২৪ সালের ৫ই অগাস্ট", "2024-08-05")]),
    ("আগামী ১৫ অগস্ট শোক দিবস পালিত হবে।", [("আগামী ১৫ অগস্ট", "2026-08-15")]),
    ("শুক্রবারেই তিনি ঢাকায় ফেরেন।", [("শুক্রবারেই", "2025-12-26")]),
])
def test_bengali_spellings_and_endings(text, expected):
    assert found(text) == expected
