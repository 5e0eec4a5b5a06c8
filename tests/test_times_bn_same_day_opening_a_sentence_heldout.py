"""Held-out time fixtures (issue 10, round 43), Bengali: "একই দিনে" (on the same day) opening a
sentence of the story, or after "এদিকে" (meanwhile), names the day told before, as "একই দিন"
already did (rule `same_day_opening_a_sentence`; dev gold: four such sentences coded with the day
before them, one not); elsewhere it is two things on one day and names no day ("নির্বাচন ও গণভোট
একই দিনে", "একই দিনে দুটি ব্যালট", a "এবং একই দিনে" inside a sentence), as before.
Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this change: the three openings fail, the controls pass.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

OPENING = [
 ("bn", "2025-12-30", "শোকের কারণে আজ বিপিএলের দুটি ম্যাচ স্থগিত করা হয়েছে। একই দিনে নারী লিগের তিনটি ম্যাচও স্থগিত হয়।",
  [("আজ", "2025-12-30"), ("একই দিনে", "2025-12-30")]),
 ("bn", "2025-12-30", "রোববার রাজধানীতে সমাবেশ করে বিএনপি। এদিকে একই দিনে চট্টগ্রামে মিছিল করে জামায়াত।",
  [("রোববার", "2025-12-28"), ("একই দিনে", "2025-12-28")]),
 # an undated report: the day told before is null, and so is the same day (DECISIONS T5)
 ("bn", None, "রোববার রাজধানীতে সমাবেশ করে বিএনপি। একই দিনেই চট্টগ্রামে মিছিল করে জামায়াত।",
  [("রোববার", None), ("একই দিনেই", None)]),
]

TWO_THINGS_ON_ONE_DAY = [
 ("bn", "2025-12-30", "সংসদ নির্বাচন ও গণভোট একই দিনে হবে বলে জানিয়েছে কমিশন।", []),
 ("bn", "2025-12-30", "তিনি বলেন, একই দিনে দুটি ব্যালট দিলে ভোটারের সমস্যা হবে না।", []),
 ("bn", "2025-12-30", "বিশ্লেষকেরা মনে করেন কাজটি কঠিন। একই দিনে দুটি ভোট আয়োজন কমিশনের জন্য বড় চ্যালেঞ্জ।", []),
 ("bn", "2025-12-30", "তাকে অধিনায়ক করা হয় এবং একই দিনে তিনি টেস্ট থেকে অবসর নেন।", []),
]


@pytest.mark.parametrize("language, published, text, expected", OPENING + TWO_THINGS_ON_ONE_DAY)
def test_same_day_opening_a_sentence(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
