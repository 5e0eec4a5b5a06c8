"""Held-out time fixtures (issue 10, round 18): a relative day inside a quotation whose sentences
name no day counts from the day the story opened on, when that is a past day of the week's news
(expressions._lead_day_before): a report published the morning after a meeting or a match quotes
what was said there, so its "today" is that day, not the day of publication. A story that opened
on a day long past, or on a day still ahead, leaves the quotation counting from publication (the
controls, which pass before and after). Sentences written for this file (none copied from any
article); scored as the shared scorer does (time_fixtures.assert_times_as_scored).

Against the code before this work (bb27a79): 0 of 6; after: 6 of 6; controls 3 of 3 before and after.
A fourth control, written after review (a story opened three days back), failed with the first reach
(any day of the week) and passes with the reach of one or two days.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

TUE = "2025-12-23"   # a Tuesday

CASES = [
 ("en", TUE, "The rally was held in Chattogram yesterday, Monday. Addressing the crowd, the mayor said, "
  "“We have gathered here today to demand justice.”",
  [("yesterday, Monday", "2025-12-22"), ("today", "2025-12-22")]),
 ("en", TUE, "Bangladesh beat Ireland by six wickets on Monday. “Today our bowlers did the job,” the captain said.",
  [("Monday", "2025-12-22"), ("Today", "2025-12-22")]),
 ("en", TUE, "Traders formed a human chain at the bazar on Monday (22 December). One of them said, "
  "“Today we are asking only for safety.”",
  [("Monday (22 December)", "2025-12-22"), ("Today", "2025-12-22")]),
 ("en", TUE, "The seminar took place at the press club yesterday. “The media is under pressure today,” the editor told the audience.",
  [("yesterday", "2025-12-22"), ("today", "2025-12-22")]),
 ("en", TUE, "The two foreign secretaries met in Delhi yesterday, Monday. “We agreed today to reopen the border post,” "
  "one of them told reporters.",
  [("yesterday, Monday", "2025-12-22"), ("today", "2025-12-22")]),
 ("en", TUE, "The league match ended 2-2 on Sunday night. “Today we lacked focus,” the coach admitted.",
  [("Sunday night", "2025-12-21"), ("Today", "2025-12-21")]),
]

CONTROLS = [
 # the story opened weeks ago: no day of this week's news
 ("en", TUE, "The factory closed on 1 December. A worker said, “Today we have no work at all.”",
  [("1 December", "2025-12-01"), ("Today", "2025-12-23")]),
 # the story opens on a day ahead
 ("en", TUE, "The vote will be held on 12 February. “Today we begin our campaign,” the candidate said.",
  [("12 February", "2026-02-12"), ("Today", "2025-12-23")]),
 # the quotation's own sentence names when it was said
 ("en", TUE, "The rally was held on Sunday. Speaking on Monday, the mayor said, “Today we count the cost.”",
  [("Sunday", "2025-12-21"), ("Monday", "2025-12-22"), ("Today", "2025-12-22")]),
 # written after review: the story opened three days before publication; the quotation may have
 # been said on any day since, so it counts from publication
 ("en", TUE, "A fire broke out at a warehouse in Tongi on Saturday. Two workers are still missing. "
  "“We are still searching the debris today,” a fire officer said.",
  [("Saturday", "2025-12-20"), ("today", "2025-12-23")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_quotation_said_on_the_lead_day(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_quotation_counts_from_publication(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
