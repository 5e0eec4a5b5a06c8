"""Held-out time fixtures (issue 10, round 36, helper tm36), written for this file, none copied from
any article; scored as the shared scorer does (time_fixtures.assert_times_as_scored).

- "should" (not "should have") tells what is to come, as "must" does: "the board should be named
  before the end of December", told in September, is this December.
- A condition ("if", "unless") sets what is to come: "a sit-in on Sunday if the killers are not
  caught" is the coming Sunday; not an "if" of asking or knowing ("asked if he had left on
  Sunday": whether).

Against the code before (main at round 36's start): 0 of 4; controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

WED = "2025-09-17"  # a Wednesday: Sunday back is three days, ahead four

AHEAD = [
 ("The union said the government should name the wage board before the end of December.",
  [("the end of December", "2025-12")]),
 ("The minister said the report should reach the cabinet in March.", [("March", "2026-03")]),
 ("Teachers have announced a sit-in on Sunday if the killers are not caught.", [("Sunday", "2025-09-21")]),
 ("Transport owners said they had called a strike on Sunday unless the tolls are cut.", [("Sunday", "2025-09-21")]),
]

CONTROLS = [
 ("Police asked if he had left the village on Sunday.", [("Sunday", "2025-09-14")]),
 ("The report should have reached the cabinet in March, he said.", [("March", "2025-03")]),
 ("The market reopened on Sunday after the strike.", [("Sunday", "2025-09-14")]),
]


@pytest.mark.parametrize("text, expected", AHEAD)
def test_should_and_conditions_point_ahead(text, expected):
    assert_times_as_scored(text, "en", WED, expected)


@pytest.mark.parametrize("text, expected", CONTROLS)
def test_controls(text, expected):
    assert_times_as_scored(text, "en", WED, expected)
