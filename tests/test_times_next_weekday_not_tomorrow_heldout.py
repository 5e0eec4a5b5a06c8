"""Held-out time fixtures (issue 10, round 26): "আগামী <weekday>" / "next <weekday>" told the day
before that weekday is the one a week later: a writer who means tomorrow writes "আগামীকাল" or
"tomorrow" (GUIDELINES T3: "আগামী" is future; the dev gold values both such cases, Bengali and
English, a week and a day ahead). Further days ahead, a bare weekday and "আগামীকাল <weekday>"
keep their value. Sentences written for this file (none copied from any article); scored as the
shared scorer does (time_fixtures.assert_times_as_scored).

Against a5d9fd7: 0 of 6; after: 6 of 6. Controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

NEXT_DAY_NAMED = [
 # published Monday 2025-06-02
 ("bn", "2025-06-02", "সংসদীয় কমিটি আগামী মঙ্গলবার প্রতিবেদনটি নিয়ে আবার বসবে।",
  [("আগামী মঙ্গলবার", "2025-06-10")]),
 # published Thursday 2025-10-16
 ("bn", "2025-10-16", "আগামী শুক্রবার বিকেলে দলের বর্ধিত সভা ডাকা হয়েছে।",
  [("আগামী শুক্রবার বিকেলে", "2025-10-24")]),
 # published Saturday 2025-03-08
 ("bn", "2025-03-08", "শিক্ষার্থীরা জানিয়েছে, আগামী রোববার থেকে তারা ক্লাস বর্জন করবে।",
  [("আগামী রোববার", "2025-03-16")]),
 # published Wednesday 2025-10-08
 ("en", "2025-10-08", "The commission will hear the petition next Thursday, its secretary said.",
  [("next Thursday", "2025-10-16")]),
 # published Friday 2025-05-09
 ("en", "2025-05-09", "Traders plan to shut the market next Saturday in protest.",
  [("next Saturday", "2025-05-17")]),
 # published Sunday 2025-11-02
 ("en", "2025-11-02", "The board meets again next Monday to approve the budget.",
  [("next Monday", "2025-11-10")]),
]

CONTROLS = [
 ("bn", "2025-06-02", "আগামীকাল মঙ্গলবার প্রতিবেদন জমা দেওয়া হবে।", [("আগামীকাল মঙ্গলবার", "2025-06-03")]),
 ("bn", "2025-06-02", "আগামী বৃহস্পতিবার সভা হবে।", [("আগামী বৃহস্পতিবার", "2025-06-05")]),
 ("en", "2025-10-08", "The court will rule next Friday.", [("next Friday", "2025-10-10")]),
]


@pytest.mark.parametrize("language, published, text, expected", NEXT_DAY_NAMED)
def test_held_out_next_weekday_is_not_tomorrow(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_next_weekday_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
