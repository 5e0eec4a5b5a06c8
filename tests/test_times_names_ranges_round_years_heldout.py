"""Held-out time fixtures (issue 10, round 19), written for this file in our own words (none copied
from any article), scored as the shared scorer does (time_fixtures.assert_times_as_scored):

- `this_july_uprising` (bn): "এই জুলাই" / "এ জুলাই" before a movement word ("এই জুলাই প্রজন্ম",
  "এই জুলাই গণঅভ্যুত্থানে") is the movement of July 2024 named with a demonstrative, no month
  (the demonstrative, a shift word, made "এই জুলাই" a longer match than the block `july_uprising`).
- `not_of_today` (bn): "X আজকের নয়" (X is not a thing of today, it is old) names no day.
- `approximate_year_range` (bn): "১৯৮৫-৮৬ সালের দিকে" (around the years 1985-86) is a point
  near the first year, valued at it; a bare span of years ("২০২৫-২৬ সালের মধ্যে") stays out.
- `year_2000` (en): "in 2000" followed by a word that opens the rest of the clause ("in 2000 under
  ...", "in 2000 and 2004") is the year, as it is before a full stop; "2000" before a noun stays a count.
- `year_dated_thing` (en): a final ("the 2022 final", "the 2019 semi-final") is an event that a year
  before it dates.

Against the code before this work (32e2fab): the CASES 0 of 14; after: 14 of 14. The CONTROLS
pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("bn", SUN, "নেতারা বলেন, এই জুলাই প্রজন্মকে কেউ থামিয়ে রাখতে পারবে না।", []),
 ("bn", SUN, "তিনি লিখেছেন, এই জুলাই গণঅভ্যুত্থানে যারা রক্ত দিয়েছে তাদের ভুলে যাওয়া চলবে না।", []),
 ("bn", SUN, "এ জুলাই প্রজন্মের দাবি একটাই, ন্যায়বিচার।", []),
 ("bn", SUN, "গ্রামের মেলায় পুতুলনাচ আজকের নয়, কয়েকশো বছরের পুরোনো রীতি।", []),
 ("bn", SUN, "নদীর ঘাটে নৌকাবাইচ আজকের নয়; দাদার আমলেও এমন প্রতিযোগিতা হতো।", []),
 ("bn", SUN, "১৯৮৫-৮৬ সালের দিকে কারখানাটি উৎপাদন শুরু করে।", [("১৯৮৫-৮৬ সালের দিকে", "1985")]),
 ("bn", SUN, "স্থানীয়রা জানান, ১৯৭২-১৯৭৩ সালের দিকে বাঁধটি প্রথম ভেঙেছিল।", [("১৯৭২-১৯৭৩ সালের দিকে", "1972")]),
 ("bn", SUN, "১৯৯৮-৯৯ সাল নাগাদ সমিতিটি নিবন্ধন পায়।", [("১৯৯৮-৯৯ সাল নাগাদ", "1998")]),
 ("en", SUN, "The club last reached the semi-finals in 2000 under a Dutch coach.", [("2000", "2000")]),
 ("en", SUN, "She won the seat in 2000 and again in 2008.", [("2000", "2000"), ("2008", "2008")]),
 ("en", SUN, "The bridge was first proposed in 2000 when the river changed course.", [("2000", "2000")]),
 ("en", SUN, "He scored twice in the 2022 final and was named man of the match.", [("2022", "2022")]),
 ("en", SUN, "They lost the 2019 semi-final on penalties.", [("2019", "2019")]),
 ("en", SUN, "Memories of the 2014 finals still haunt the squad.", [("2014", "2014")]),
 ("en", SUN, "The 2022 final drew a record crowd.", [("2022", "2022")]),
 ("en", SUN, "Prices rose in 2000 and 2001 as well.", [("2000", "2000"), ("2001", "2001")]),
]

CONTROLS = [
 ("bn", SUN, "এই জুলাইয়ে নতুন পাঠ্যক্রম চালু হবে।", [("এই জুলাইয়ে", "2026-07")]),
 ("bn", SUN, "আজকের সভায় বাজেট নিয়ে আলোচনা হয়েছে।", [("আজকের", "2025-12-28")]),
 ("bn", SUN, "২০২৫-২৬ সালের মধ্যে ৪০টি সেতু নির্মাণের লক্ষ্য রয়েছে।", []),
 ("en", SUN, "The mill employs 2000 workers across two shifts.", []),
 ("en", SUN, "Output fell in 2000 factories and workshops.", []),
 ("en", SUN, "The report was filed in 2000 pages of annexes.", []),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_names_ranges_and_round_years(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
