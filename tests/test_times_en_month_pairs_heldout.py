"""Held-out time fixtures (issue 10, round 42): in English, two months joined by a dash ("the
July-December period", "the October-December quarter") are one period, valued at its year, as the
Bengali pack already reads "জুলাই-আগস্টের" (rule `month_pair`, times.expressions._month_pair_year):
a year written with it wins; else, told in the future, the next pair not yet begun, otherwise the
latest pair already over. Each month was found alone, valued as a month of its own.

Dev misses of the class: en writtendev 2 (gold: one time at the year, each time), none the other
way. Sentences written for this file (none copied from any article); scored as the shared scorer
does. Against the code before this change (2bd60f78): cases 0 of 4; after: 4 of 4. The controls
pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

CASES = [
 ("en", "2025-07-31", "The bank set a credit growth ceiling for the July-December period.",
  [("July-December period", "2025")]),
 ("en", "2025-08-11", "Exporters expect orders to fall in the October-December quarter.",
  [("October-December quarter", "2025")]),
 ("en", "2025-10-20", "Remittances rose 12 percent in the July–September quarter, the central bank said.",
  [("July–September quarter", "2025")]),
 ("en", "2025-06-03", "Imports fell in the January-March 2024 period, officials said.",
  [("January-March 2024", "2024")]),
]

CONTROLS = [
 # the uprising named by its months is no time
 ("en", "2025-07-31", "Families of the July-August uprising victims met the adviser.", []),
 # two months joined by a word stay two times
 ("en", "2025-07-31", "Sales fell between July and December last year.",
  [("July", "2024-07"), ("December last year", "2024-12")]),
 # a day range under one month word is not a month pair
 ("en", "2025-03-02", "The fair runs 3-7 March.", [("3-7 March", "2025-03")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_en_month_pairs(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_en_month_pairs_control(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
