"""A year-less date up to six days after publication (expressions.CLOSE_DAYS_AHEAD; three before
it, CLOSE_DAYS) is that date, whatever the tense of its clause: the past tense of a report
("জানান", "said") is the telling's, and a date four days ahead is not the one of almost a year ago.
Farther off, the tense chooses.
Fixtures written for this test (issue 10, helper tm35)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

MON = "2025-07-28"   # a Monday
CASES = [
 ("bn", MON, "ট্রাম্প এক চিঠিতে ১ আগস্ট থেকে বাংলাদেশি পণ্যে শুল্ক কার্যকরের কথা জানান।", [("১ আগস্ট", "2025-08-01")]),
 ("en", MON, "The ministry said the new fares took effect from 2 August.", [("2 August", "2025-08-02")]),
 # farther than a week ahead, the past tense keeps the past date
 ("en", MON, "The ministry said the new fares took effect from 20 August.", [("20 August", "2024-08-20")]),
 # and a week back a future clause does not make it next year's
 ("en", MON, "The panel will review the order issued on 22 July.", [("22 July", "2025-07-22")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_date_of_the_week(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
