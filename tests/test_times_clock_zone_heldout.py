"""Held-out time fixtures (issue 10, round 18): an English clock time told before its day keeps the
day in one expression (GUIDELINES T2) when a time zone stands between them ("7:30 am Dhaka time
on 27 December", "(Bangladesh time)") or its "am"/"pm" carries a stop ("2 am. on Friday"); before,
only the day was found, too short a part of the expression to match it (rule `clock_then_day`).
Sentences written for this file (none copied from any article); scored as the shared scorer does.

Against the code before this work (bb27a79): 0 of 7; after: 7 of 7.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("en", SUN, "The delegation reached Kathmandu at 4:20 pm local time on Monday.",
  [("4:20 pm local time on Monday", "2025-12-22")]),
 ("en", SUN, "The vote count ended at 2 am. on Friday, officials said.", [("2 am. on Friday", "2025-12-26")]),
 ("en", SUN, "Flights resumed at 7:30 am Dhaka time on 27 December.", [("7:30 am Dhaka time on 27 December", "2025-12-27")]),
 ("en", SUN, "The minister spoke to reporters at 10:45 pm (Bangladesh time) on Saturday.",
  [("10:45 pm (Bangladesh time) on Saturday", "2025-12-27")]),
 ("en", SUN, "He was released from jail at 9:15 pm. on Tuesday.", [("9:15 pm. on Tuesday", "2025-12-23")]),
 ("en", SUN, "The summit will open at 3:30 pm GMT on 5 January.", [("3:30 pm GMT on 5 January", "2026-01-05")]),
 ("en", SUN, "The team flew out of London at 11:05 pm UK time on Thursday.", [("11:05 pm UK time on Thursday", "2025-12-25")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_clock_with_zone_before_its_day(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
