"""Held-out time fixtures (issue 10, round 19): a day and a full month name joined by a dash ("the
12-February election", "on 3–January") are one date (rule `day_dash_month`); before, the month alone
was read, or nothing. Seen on an unlabelled en news-dev row. Sentences written for this file (none
copied from any article); scored as the shared scorer does (time_fixtures.assert_times_as_scored).

Against the code before this work (32e2fab): cases 0 of 6; after: 6 of 6. The controls (a range of
days under one month, DECISIONS T6; a score before a month) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("en", SUN, "Names added now will appear in the roll used for the 12-February election.", [("12-February", "2026-02-12")]),
 ("en", SUN, "Voting will close at 4 pm on 12-February.", [("12-February", "2026-02-12")]),
 ("en", SUN, "Classes will resume on 3–January after the winter break.", [("3–January", "2026-01-03")]),
 ("en", SUN, "He was arrested on 20-December, police said.", [("20-December", "2025-12-20")]),
 ("en", SUN, "The 2-January, 2026 hearing was deferred.", [("2-January, 2026", "2026-01-02")]),
 ("en", None, "The march on 16-December drew thousands.", [("16-December", "XXXX-12-16")]),
]

CONTROLS = [
 ("en", SUN, "Appeals can be filed from 6-11 January.", [("6-11 January", "2026-01")]),
 ("en", SUN, "The side lost 3-0 in November.", [("November", "2025-11")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_day_dash_month(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
