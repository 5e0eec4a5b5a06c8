"""Held-out time fixtures (issue 10, round 19): English months and years that name when something
is planned or ends, seen missed on unlabelled news-dev rows:

- `month_for`: "scheduled for February", "planned for January" (a full month name after a word of
  planning and "for"; not "exports for January", which may be data of a month past, nor a weak
  month word, "for May", nor a year: "for 1950 workers" is a count);
- `month_before_event`: "the upcoming February polls", "Can February election ...?" (a full month
  name before an event word, after "the" and an adjective of what is coming, or heading a title);
- `year_subject`: "As 2025 draws to a close" (a year that draws to its end).

Sentences written for this file (none copied from any article); scored as the shared scorer
does (time_fixtures.assert_times_as_scored). Against the code before this work (32e2fab):
cases 0 of 8; after: 8 of 8. The controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("en", SUN, "The national vote is scheduled for February.", [("February", "2026-02")]),
 ("en", SUN, "Polling has been set for February, the commission said.", [("February", "2026-02")]),
 ("en", SUN, "The first hearing is planned for January, lawyers said.", [("January", "2026-01")]),
 ("en", SUN, "Both alliances are preparing for the upcoming February parliamentary vote.", [("February", "2026-02")]),
 ("en", SUN, "Traders are bracing for the planned February strike.", [("February", "2026-02")]),
 ("en", SUN, "Can February election calm the markets?", [("February", "2026-02")]),
 ("en", SUN, "As 2025 draws to a close, exporters remain cautious.", [("2025", "2025")]),
 ("en", SUN, "Officials met in November and said talks were slated for January.", [("November", "2025-11"), ("January", "2026-01")]),
]

CONTROLS = [
 ("en", SUN, "The company hired a lawyer for May and her sister.", []),
 ("en", SUN, "The factory has openings for 1950 workers.", []),
 ("en", SUN, "The talks went on for two weeks.", []),
 ("en", SUN, "Exports for November rose by four percent.", []),
 ("en", SUN, "The February election was held peacefully.", [("February", "2025-02")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_months_and_years_of_plans(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
