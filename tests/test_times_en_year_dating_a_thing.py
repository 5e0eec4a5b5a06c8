"""A year that dates the noun after it ("the 2010 fire", "a 2024 survey") or follows "for", "across",
"throughout" ("the plan for 2025", "killings across 2024") is a time (GUIDELINES T1: "a month or
year"); the dev gold codes each (written dev, English: the 2010 fire, the 1996 treaty, the 2017
exodus, the 2013 law, a 2024 survey, for 2025 twice, across 2024, for 1971 war crimes cases), and the
engine left them out: no preposition of `yearprep` stood before them. Counts stay counts: "for 1950
workers", "the 2000 passengers", and a fiscal year is no time ("for 2025-26").
Sentences written for this file; scored as the shared scorer does.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"

YEARS = [
 ("en", "Residents still remember the 2010 fire that gutted a whole lane of Old Dhaka.", [("2010", "2010")]),
 ("en", "A 2019 survey by the bureau found that one in three households had no savings.", [("2019", "2019")]),
 ("en", "Water sharing still follows the 1996 treaty, which expires next year.", [("1996", "1996"), ("next year", "2026")]),
 ("en", "The appeal plan for 2024 received less than half of the money sought.", [("2024", "2024")]),
 ("en", "Rights groups counted 42 deaths at the border across 2023.", [("2023", "2023")]),
]

COUNTS = [
 ("en", "The garment unit has jobs for 1950 workers and a crèche.", []),
 ("en", "The ferry had room for 2000 passengers on its two decks.", []),
 ("en", "The ministry set aside Tk 500 crore for 2025-26 to build embankments.", []),
 ("en", "Police said the 2000 people at the rally dispersed peacefully.", []),
]


@pytest.mark.parametrize("language, text, expected", YEARS + COUNTS)
def test_year_dating_a_thing(language, text, expected):
    assert_times_as_scored(text, language, SUN, expected)
