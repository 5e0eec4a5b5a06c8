"""Held-out time fixtures (issue 10, round 19): a year before a named tournament, games or prize
("the 2026 FIFA World Cup", "the 2023 Asian Games", "the 2019 Nobel Prize") dates it, as "the 2018
polls" does (rule `year_dated_thing`, its `eventnoun` words). Seen missed on unlabelled en news-dev
rows. Sentences written for this file (none copied from any article); scored as the shared scorer
does (time_fixtures.assert_times_as_scored).

Against the code before this work (32e2fab): cases 0 of 7; after: 7 of 7. The controls (a count
before a noun, a year that is a model's name after "the") pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("en", SUN, "Jordan's players celebrated their first ticket to the 2026 FIFA World Cup.", [("2026", "2026")]),
 ("en", SUN, "He was the top scorer at the 2024 T20 World Cup in the Caribbean.", [("2024", "2024")]),
 ("en", SUN, "India won gold at the 2023 Asian Games in Hangzhou.", [("2023", "2023")]),
 ("en", SUN, "She was named in the squad for the 2025 Champions Trophy.", [("2025", "2025")]),
 ("en", SUN, "The 2019 Nobel Prize winners studied poverty.", [("2019", "2019")]),
 ("en", SUN, "The 2022 Commonwealth Games were held in Birmingham.", [("2022", "2022")]),
 ("en", SUN, "Bangladesh fell short in the 2023 Women's World Cup qualifiers.", [("2023", "2023")]),
]

CONTROLS = [
 ("en", SUN, "About 2019 voters signed the petition.", []),
 ("en", SUN, "The 2026 budget will be placed in June.", [("2026", "2026"), ("June", "2026-06")]),
 ("en", SUN, "Organisers sold 2000 tickets for the Asian Games trial.", []),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_year_of_a_named_event(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
