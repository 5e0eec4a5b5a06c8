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


# ---------------------------------------------------------------- a story's year carried on

def test_month_told_after_an_earlier_year_is_in_that_year():
    text = "২০২৪ সালের জুন মাসের শেষে রপ্তানি আয় ছিল ৪০০ কোটি ডলার, যা সেপ্টেম্বর শেষে কমে দাঁড়িয়েছে।"
    assert found(text) == [("২০২৪ সালের জুন মাসের শেষে", "2024-06"), ("সেপ্টেম্বর শেষে", "2024-09")]
    text = "Exports stood at $4bn at the end of June 2024. They were lower in September."
    assert ("September", "2024-09") in found(text, EN)


def test_month_in_a_future_clause_keeps_the_publication_year():
    # a plan told after a past year is no narrative of that year
    text = "২০২৪ সালের জুনে প্রকল্পটি অনুমোদিত হয়। সেপ্টেম্বরে কাজ শুরু হবে।"
    assert found(text)[-1] == ("সেপ্টেম্বরে", "2026-09")


def test_this_year_ends_the_story_of_an_earlier_year():
    text = "২০২৪ সালের অক্টোবরে ঋণ প্রবৃদ্ধি ছিল ৮ শতাংশ। চলতি বছরের অক্টোবরে তা কমে দাঁড়িয়েছে, সেপ্টেম্বরে ছিল ৬ শতাংশ।"
    assert found(text, published=None) == [("২০২৪ সালের অক্টোবরে", "2024-10"), ("চলতি বছরের অক্টোবরে", None),
                                           ("সেপ্টেম্বরে", "XXXX-09")]
