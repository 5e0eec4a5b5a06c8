"""Held-out time fixtures (issue 10, round 42): "জুলাইয়ের শহীদদের" (of the martyrs of July) names
the movement of July 2024, no calendar point, as "জুলাইয়ের শহীদ" already did (rule `july_uprising`,
words `uprising_word`): the plural forms of the martyrs ("শহীদদের", "শহিদরা") were missing, so the
month was read as the coming or the past July. A July of a thing that is no martyr keeps its value.

Dev misses of the class: bn writtendev 2 (gold: no time), none coded the other way. Sentences
written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this change (2bd60f78): cases 0 of 3; after: 3 of 3. The controls pass
before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"

CASES = [
 ("bn", "নেতা বলেন, এটি জুলাইয়ের শহীদদের প্রতি অসম্মান।", []),
 ("bn", "জুলাইয়ের শহিদদের স্মরণে রোববার সভা হয়।", [("রোববার", "2025-12-28")]),
 ("bn", "জুলাইয়ের শহীদরা এমন দেশ চাননি বলে মন্তব্য করেন তিনি।", []),
]

CONTROLS = [
 ("bn", "জুলাইয়ের বেতন এখনো পাননি শ্রমিকেরা।", [("জুলাইয়ের", "2025-07")]),
 ("bn", "জুলাইয়ের শহীদ পরিবারের সদস্যরা সভায় আসেন।", []),
]


@pytest.mark.parametrize("language, text, expected", CASES + CONTROLS)
def test_held_out_july_martyrs_inflected(language, text, expected):
    assert_times_as_scored(text, language, SUN, expected)
