"""Held-out time fixtures (issue 10, round 18): "July" named alone as the movement of July 2024,
not as a month. In Bengali an uninflected "জুলাই" or the object "জুলাইকে", with no day, year, shift,
month word, limit word ("থেকে", "পর্যন্ত") or locative ending, names the movement (rule
`july_named_alone`); in English "the spirit/leadership/martyrs of July" does (rule
`july_owned_by_uprising`). A month meant as a time keeps its value (the controls below, which pass
before and after). Sentences written for this file (none copied from any article); scored as the
shared scorer does (time_fixtures.assert_times_as_scored).

Against the code before this work (bb27a79): movement cases 0 of 8; after: 8 of 8; controls 6 of 6
before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

MOVEMENT = [
 ("bn", SUN, "দলের নেতারা পুরো জুলাইকে নিজেদের সম্পত্তি বানিয়ে ফেলেছেন বলে অভিযোগ করেন তিনি।", []),
 ("bn", SUN, "তিনি বলেন, “আমরা জুলাই ভুলে যাইনি, ভুলবও না।”", []),
 ("bn", SUN, "ছাত্রনেতা লিখেছেন, তিনিই জুলাই রাজনীতির আসল উত্তরাধিকারী।", []),
 ("bn", SUN, "সমাবেশে বক্তারা বলেন, জুলাই কারও একার নয়।", []),
 ("en", SUN, "He said the new alliance had betrayed the spirit of July.", []),
 ("en", SUN, "She said the student front had grown out of the leadership of July.", []),
 ("en", SUN, "Families of the martyrs of July gathered at the memorial on Sunday.", [("Sunday", "2025-12-28")]),
 ("en", SUN, "Student leaders vowed to uphold the ideals of July in the coming vote.", []),
]

CONTROLS = [
 ("bn", SUN, "জুলাই থেকে নতুন বেতন কাঠামো কার্যকর হবে।", [("জুলাই", "2026-07")]),
 ("bn", SUN, "গত জুলাই তিনি লন্ডন থেকে দেশে ফেরেন।", [("গত জুলাই", "2025-07")]),
 ("bn", SUN, "জুন, জুলাই ও আগস্টে উপকূলে বন্যা হয়।", [("জুন", "2025-06"), ("জুলাই", "2025-07"), ("আগস্টে", "2025-08")]),
 ("bn", SUN, "২০২৪ সালের জুলাই ছিল উত্তাল।", [("২০২৪ সালের জুলাই", "2024-07")]),
 ("en", SUN, "By the end of July, the river had crossed the danger mark.", [("the end of July", "2025-07")]),
 ("en", SUN, "He joined the movement in July and left in August.", [("July", "2025-07"), ("August", "2025-08")]),
]


@pytest.mark.parametrize("language, published, text, expected", MOVEMENT)
def test_held_out_july_as_the_movement(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_july_as_a_month(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
