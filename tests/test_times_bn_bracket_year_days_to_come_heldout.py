"""Held-out time fixtures (issue 10, round 18), Bengali: a date whose year follows in brackets,
spaced or not ("৩০ ডিসেম্বর(২০২৫) ভোরে"), is one expression with that year (T2, T3; the macro
`date_dm`); "আগামী দিনের" / "আগামী দিনগুলোর" (of the days to come) is a vague future, no day
(T1; rule `days_to_come`), as "আগামী দিনে" already was. Sentences written for this file (none
copied from any article); scored as the shared scorer does (time_fixtures.assert_times_as_scored).

Against the code before this work (bb27a79): 0 of 7; after: 7 of 7.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("bn", SUN, "১২ মার্চ(২০২৪) সকালে সেতুটি উদ্বোধন করা হয়।", [("১২ মার্চ(২০২৪) সকালে", "2024-03-12")]),
 ("bn", SUN, "২ জানুয়ারি (২০২৩) রাতে কারখানায় আগুন লাগে।", [("২ জানুয়ারি (২০২৩) রাতে", "2023-01-02")]),
 ("bn", SUN, "৫ আগস্ট(২০২৪) বিকেলে তিনি দেশ ছাড়েন বলে জানা যায়।", [("৫ আগস্ট(২০২৪) বিকেলে", "2024-08-05")]),
 ("bn", SUN, "আগামী দিনের রাজনীতি হবে তরুণদের হাতে, বললেন তিনি।", []),
 ("bn", SUN, "সংগঠনটি আগামী দিনের কর্মপরিকল্পনা নিয়ে আলোচনা করেছে।", []),
 ("bn", SUN, "দলের আগামী দিনের পথচলা নিয়ে কথা বলেন মহাসচিব।", []),
 ("bn", SUN, "আগামী দিনের বাংলাদেশ হবে বৈষম্যহীন, বলেন তিনি।", []),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_bracketed_year_and_days_to_come(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
