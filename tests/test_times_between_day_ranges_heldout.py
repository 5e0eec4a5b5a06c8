"""Held-out time fixtures (issue 10, round 21): two days of one month joined by "and" after
"between" ("between 20 and 28 November this year"), or by "ও"/"এবং" with "মধ্যে" after the month
("২০ ও ২৮ নভেম্বরের মধ্যে"), are a range of days under one month word: one time valued at the
month (DECISIONS T6), as "from 12 to 16 April" already is (rules `day_range_month` (en) and
`day_range_month_between` (bn)). Before, only the second day was found, with that day's value.
Dev: bdnews-0296 "20 and 28 November this year" (annotated 2025-11).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (bb66a36): 0 of 8; after: 8. The controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"

BETWEEN = [
 ("en", SUN, "Fees must be paid between 5 and 15 January, the board said.", [("5 and 15 January", "2026-01")]),
 ("en", SUN, "The hearings ran between 10 and 14 February 2025 in Dhaka.", [("10 and 14 February 2025", "2025-02")]),
 ("en", SUN, "Police said the thefts took place between 1 and 7 December.", [("1 and 7 December", "2025-12")]),
 ("en", SUN, "The bridge will stay shut between 12 and 18 January for repairs.", [("12 and 18 January", "2026-01")]),
 ("en", None, "Registration runs between 4 and 10 January.", [("4 and 10 January", "XXXX-01")]),
 ("bn", SUN, "২০ ও ২৮ নভেম্বরের মধ্যে জরিপটি চালানো হয়।", [("২০ ও ২৮ নভেম্বরের", "2025-11")]),
 ("bn", SUN, "আগামী ৫ ও ১৫ জানুয়ারির মধ্যে ফি জমা দিতে হবে।", [("আগামী ৫ ও ১৫ জানুয়ারির", "2026-01")]),
 ("bn", SUN, "২০২৫ সালের ১০ ও ১৪ ফেব্রুয়ারির মধ্যে শুনানি হয়।", [("২০২৫ সালের ১০ ও ১৪ ফেব্রুয়ারির", "2025-02")]),
]

CONTROLS = [
 # two ends each with its own month are two times (DECISIONS T6); years are years
 ("en", SUN, "He was held between 20 November and 3 December.", [("20 November", "2025-11-20"), ("3 December", "2025-12-03")]),
 ("en", SUN, "Scores rose between 2019 and 2021.", [("2019", "2019"), ("2021", "2021")]),
 ("bn", SUN, "২০১৯ ও ২০২১ সালের মধ্যে রপ্তানি বেড়েছে।", [("২০১৯", "2019"), ("২০২১ সাল", "2021")]),
]


@pytest.mark.parametrize("language, published, text, expected", BETWEEN + CONTROLS)
def test_held_out_between_day_ranges(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
