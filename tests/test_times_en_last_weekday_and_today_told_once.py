"""Time fixtures (issue 10, round 37), English only (times.yaml `last_weekday_skips_yesterday`,
`bare_day_told_once`):
- "last <weekday>" told the day after that weekday is the one a week before it: the writer calls
  the day before "yesterday" (the dev gold values both such cases eight days back); two or more
  days back, "last <weekday>" stays the latest one;
- a bare "today" after the article named the day in full ("at 3 pm today, Friday", "today (29
  December)") is the same day told again, coded once (DECISIONS T8) and left out; a "today" before
  the full one, "today's" (a string of its own), a bare "yesterday" and a "this evening, Monday"
  (no "today") are kept.
Sentences written for this file (none copied from any article); scored as the shared scorer does.
Bengali keeps both as before: "গত মঙ্গলবার" on a Wednesday is the day before, each "আজ" is coded.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

LAST_WEEKDAY = [
 # published Wednesday 2025-05-14
 ("en", "2025-05-14", "The clinic turned her away last Tuesday, she said.", [("last Tuesday", "2025-05-06")]),
 # published Thursday 2025-10-30: two days back, the latest Tuesday
 ("en", "2025-10-30", "Last Tuesday the council met in the town hall.", [("Last Tuesday", "2025-10-28")]),
 # published Monday 2025-12-22: Saturday, two days back
 ("en", "2025-12-22", "Last Saturday night a fire broke out in the market.", [("Last Saturday night", "2025-12-20")]),
 # Bengali: the day before
 ("bn", "2025-05-14", "গত মঙ্গলবার তিনি ঢাকায় ফেরেন।", [("গত মঙ্গলবার", "2025-05-13")]),
]

TODAY_TOLD_ONCE = [
 # published Friday 2025-12-26
 ("en", "2025-12-26", "The march began at 3:00 pm today, Friday. Like yesterday, today the leader waved from the bus.",
  [("3:00 pm today, Friday", "2025-12-26"), ("yesterday", "2025-12-25")]),
 ("en", None, "Nominations closed today (29 December). He said he submitted his papers today.",
  [("today (29 December)", "XXXX-12-29")]),
 # "today" before the full one, and "today's", stay
 ("en", "2025-12-26", "Traders shut shops today. The rally of today, Friday, drew thousands. At today's meeting they spoke.",
  [("today", "2025-12-26"), ("today, Friday", "2025-12-26"), ("today's", "2025-12-26")]),
 # "this evening, Monday" names no "today": a later "today" stays
 ("en", "2025-12-29", "The council met this evening, Monday. Its chairman was elected online today.",
  [("this evening, Monday", "2025-12-29"), ("today", "2025-12-29")]),
 # Bengali: each "আজ" is coded
 ("bn", "2025-12-30", "আজ মঙ্গলবার দুটি ম্যাচ স্থগিত করা হয়েছে। আজ ফেডারেশন কাপের খেলাও হবে না।",
  [("আজ মঙ্গলবার", "2025-12-30"), ("আজ", "2025-12-30")]),
]


@pytest.mark.parametrize("language, published, text, expected", LAST_WEEKDAY)
def test_last_weekday_told_the_day_after_is_a_week_before(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", TODAY_TOLD_ONCE)
def test_bare_today_after_today_told_in_full_is_left_out(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
