"""Held-out time fixtures (issue 10, round 19): "of tomorrow" after a noun ("the leaders of
tomorrow", "the workplaces of tomorrow") is the future at large, no calendar day (GUIDELINES T1:
vague words), as "today's world" is nowadays (rule `of_tomorrow`). Seen on an unlabelled en news-dev
row. Sentences written for this file (none copied from any article); scored as the shared scorer
does (time_fixtures.assert_times_as_scored).

Against the code before this work (32e2fab): cases 0 of 6; after: 6 of 6. The controls (a day
tomorrow, "tomorrow's vote") pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("en", SUN, "We need better machines to serve the workplaces of tomorrow.", []),
 ("en", SUN, "Universities must train the leaders of tomorrow, he said.", []),
 ("en", SUN, "The cities of tomorrow will need cleaner transport.", []),
 ("en", SUN, "Children are the voters of tomorrow.", []),
 ("en", SUN, "She spoke about the Bangladesh of tomorrow at the event.", []),
 ("en", SUN, "Investing in the farms of tomorrow starts now.", []),
]

CONTROLS = [
 ("en", SUN, "The meeting will resume tomorrow at 10 am.", [("tomorrow at 10 am", "2025-12-29")]),
 ("en", SUN, "Results of tomorrow's vote are expected by night.", [("tomorrow's", "2025-12-29")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_of_tomorrow_is_no_day(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
