"""Held-out time fixtures (issue 10, round 23): year-end reviews name the year now ending "বিদায়ী
বছর" (the outgoing year), which is the year of publication, as "চলতি বছর" is (T1: relative years
are times; T5: with no publication date, a bare relative year is null). "বিদায়ী" is no `shift`
word: before other nouns it is "farewell" ("বিদায়ী দিনে", "বিদায়ী সংবর্ধনা") or "outgoing" of a
person ("বিদায়ী প্রধান বিচারপতি"), which are no times; so only the year takes it (rule
`outgoing_year`, class `outgoing` of the Bengali pack), with its endings and "-জুড়ে" (throughout);
its parts, days and months join it as they join "চলতি বছরের" (rules relative_year_day_month,
relative_year_month_day, month_alone, month_masa).

Dev misses of the class: 5 (blind22 4, blind21 1). Sentences written for this file (none copied
from any article); scored as the shared scorer does. Against the code before this change (9c2314d):
0 of 10; after: 10 of 10. The controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

TUE = "2025-12-30"

OUTGOING_YEARS = [
 ("বিদায়ী বছরে দেশের রপ্তানি আয় আগের বছরের চেয়ে কিছুটা বেড়েছে।", TUE, [("বিদায়ী বছরে", "2025")]),
 ("হকির জন্য বিদায়ী বছরটি ছিল সাফল্যে ভরা।", TUE, [("বিদায়ী বছরটি", "2025")]),
 ("বিদায়ী বছরজুড়েই চালের দাম নিয়ে অস্বস্তিতে ছিলেন ক্রেতারা।", TUE, [("বিদায়ী বছরজুড়েই", "2025")]),
 ("সংগঠনটির হিসাবে বিদায়ী বছরের সড়ক দুর্ঘটনায় প্রাণহানি বেড়েছে।", TUE, [("বিদায়ী বছরের", "2025")]),
 ("অর্থনীতিবিদেরা বলছেন, বিদায়ী বছরেই মূল্যস্ফীতি কমতে শুরু করেছে।", TUE, [("বিদায়ী বছরেই", "2025")]),
 # its parts, days and months are one expression with it (T2), as after "চলতি বছরের"
 ("বিদায়ী বছরের শেষ দিকে এসে ডলারের দাম কিছুটা কমেছে।", TUE, [("বিদায়ী বছরের শেষ দিকে", "2025")]),
 ("বিদায়ী বছরের ১০ ডিসেম্বর দলটি বড় সমাবেশ করেছিল।", TUE, [("বিদায়ী বছরের ১০ ডিসেম্বর", "2025-12-10")]),
 ("বিদায়ী বছরের মার্চ মাসে রেকর্ড পরিমাণ প্রবাসী আয় এসেছিল।", TUE, [("বিদায়ী বছরের মার্চ মাসে", "2025-03")]),
 # no publication date: a bare relative year is null (T5)
 ("বিদায়ী বছরে নারী দল পাঁচটি আন্তর্জাতিক ম্যাচ জিতেছে।", None, [("বিদায়ী বছরে", None)]),
 ("দলের জন্য বিদায়ী বছরটি হতাশার।", None, [("বিদায়ী বছরটি", None)]),
]

# "বিদায়ী" before other nouns: a farewell or an outgoing office holder, no time
FAREWELLS = [
 ("বিদায়ী দিনে প্রধান শিক্ষক সহকর্মীদের ধন্যবাদ জানান।", TUE, []),
 ("বিদায়ী প্রধান বিচারপতিকে সংবর্ধনা দিয়েছে আইনজীবী সমিতি।", TUE, []),
 ("রাষ্ট্রদূতের বিদায়ী সাক্ষাতে দুই দেশের বাণিজ্য নিয়ে কথা হয়।", TUE, []),
]


@pytest.mark.parametrize("text, published, expected", OUTGOING_YEARS + FAREWELLS)
def test_held_out_outgoing_year(text, published, expected):
    assert_times_as_scored(text, "bn", published, expected)
