"""Held-out time fixtures (issue 10, round 18): a bare year, with no "in" or "সালে" before or
after it, that still names a year (GUIDELINES T1): English "the 2027 season", "the 1971 Liberation
War", "the 2019 census" (`year_dated_thing`, with more event nouns), a year as the subject of its
clause ("2024 was a year of upheaval", "2025 saw ..."; `year_subject`), and Bengali a year that
ends or starts ("২০২৪ শেষ হওয়ার আগে"; `year_edge`). Counts stay counts (the controls, which pass
before and after). Sentences written for this file (none copied from any article); scored as the
shared scorer does (time_fixtures.assert_times_as_scored).

Against the code before this work (bb27a79): 0 of 9; after: 9 of 9; controls 5 of 5 before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("en", SUN, "Many villages were burned during the 1971 Liberation War, elders recalled.", [("1971", "1971")]),
 ("en", SUN, "The 2027 season will open in Sylhet, the board said.", [("2027", "2027")]),
 ("en", SUN, "For the garment sector, 2023 proved harder than expected.", [("2023", "2023")]),
 ("en", SUN, "2024 was a year of upheaval for the country.", [("2024", "2024")]),
 ("en", SUN, "The 2022 edition was played in Qatar.", [("2022", "2022")]),
 ("en", SUN, "The 2019 census counted the char dwellers too.", [("2019", "2019")]),
 ("en", SUN, "In the capital, 2021 saw the highest number of dengue deaths.", [("2021", "2021")]),
 ("bn", SUN, "২০২৪ শেষ হওয়ার আগেই প্রকল্পটি শেষ করার কথা ছিল।", [("২০২৪", "2024")]),
 ("bn", SUN, "২০২৬ শুরু হতেই নতুন বেতন কাঠামো চালু হবে।", [("২০২৬", "2026")]),
]

CONTROLS = [
 ("en", SUN, "Police arrested 1987 people in the drive.", []),
 ("en", SUN, "Of the 2,000 voters, 1975 were present.", []),
 ("bn", SUN, "অভিযানে ১৯৮৭ জনকে আটক করা হয়।", []),
 # a sum or a number before a verb `year_subject` takes: the rule's guard, not the verb, keeps them out
 ("en", SUN, "The fine of Tk 2000 was paid on the spot.", []),
 ("en", SUN, "Ticket No. 2019 was the winning one.", []),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_bare_year(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_count_is_no_year(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
