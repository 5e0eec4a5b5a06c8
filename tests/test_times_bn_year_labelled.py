"""Time fixtures (issue 10, round 40): a year after the Bengali label word সাল ("year") in a list or a
table row, "সাল-২০১৯", "সাল: ২০১৫", is that year (bn times.yaml rule `year_labelled`), as "২০১৫ সালে"
is with the word after it; a round count after it stays out (`plausible`).
Sentences written for this file (none copied from any article); scored as the shared scorer does.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

CASES = [
 ("2025-08-20", "সেরা বোলিং: আলিস ইসলাম, প্রতিপক্ষ-রংপুর, সাল-২০১৯ ওয়াহাব রিয়াজ, প্রতিপক্ষ-খুলনা, সাল-২০১৫।",
  [("২০১৯", "2019"), ("২০১৫", "2015")]),
 ("2025-08-20", "প্রতিপক্ষ: খুলনা, সাল: ২০১৫।", [("২০১৫", "2015")]),
 # control: a round count is no year
 ("2025-08-20", "সাল-১৫০০ টাকা।", []),
]


@pytest.mark.parametrize("published, text, expected", CASES)
def test_year_after_its_label(published, text, expected):
    assert_times_as_scored(text, "bn", published, expected)
