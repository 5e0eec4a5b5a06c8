"""Two months joined by a dash after a year said relative to publication ("গত বছরের
জুলাই-অগাস্টের", "চলতি বছরের মার্চ-এপ্রিলে") are one period, valued at that year (rule
`month_pair`, `_month_pair_year`), as annotators mark them. Before (round 37), "গত বছরের জুলাই"
was one time (a month) and "অগাস্টের" another, neither the one period. With no publication date
the year said relative to it is unknown: no value (T4). Sentences written for this file.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

PAIRS = [
 ("bn", "2025-08-20", "গত বছরের জুলাই-অগাস্টের বিক্ষোভে গুলি চালানোর মামলায় শুনানি শুরু হয়েছে।",
  [("গত বছরের জুলাই-অগাস্টের", "2024")]),
 ("bn", "2025-11-03", "কারখানার উৎপাদন গত বছরের জুলাই-অক্টোবরের চেয়ে কিছুটা বেড়েছে।",
  [("গত বছরের জুলাই-অক্টোবরের", "2024")]),
 ("bn", "2025-11-03", "চলতি বছরের মার্চ-এপ্রিলে জেলায় বৃষ্টি কম হয়েছে।",
  [("চলতি বছরের মার্চ-এপ্রিলে", "2025")]),
 ("bn", None, "গত বছরের জুলাই-অগাস্টে শহরে কয়েকটি মিছিল হয়।",
  [("গত বছরের জুলাই-অগাস্টে", None)]),
]


@pytest.mark.parametrize("language, published, text, expected", PAIRS)
def test_month_pair_after_a_shifted_year_is_that_year(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
