"""Held-out time fixtures (issue 10, round 20): an article with no publication date whose only own
day has no year ("today (29 December)") has no anchor (DECISIONS T5): its year-less dates are
XXXX-MM-DD even when they fall in the January or February after that December, since "a year
inferred from other dates in the text" or from the crawl date does not supply one. The day the page
was fetched still fixes the own day's weekday, so bare weekdays of that week keep resolving.
Sentences written for this file (none copied from any article); scored as the shared scorer does
(time_fixtures.assert_times_as_scored, with the gold anchor null as T5 makes it).

Against the code before this work (deebe59): cases 0 of 8; after: 8 of 8. The controls (a written
year keeps its value; a bare weekday of the own day's week; a dated article) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

MON = "2025-12-29"
TUE = "2025-12-30"

# (language, retrieved, text, expected); the gold anchor is null (T5)
CASES = [
 ("en", TUE, "The commission said today (29 December) that appeals will be heard from 5 January.",
  [("today (29 December)", "XXXX-12-29"), ("5 January", "XXXX-01-05")]),
 ("en", MON, "Nomination papers were submitted today (29 December). Candidates get their ballot marks on 21 January.",
  [("today (29 December)", "XXXX-12-29"), ("21 January", "XXXX-01-21")]),
 ("en", TUE, "Speaking today (29 December), the returning officer said scrutiny will end on January 4.",
  [("today (29 December)", "XXXX-12-29"), ("January 4", "XXXX-01-04")]),
 ("en", TUE, "The party announced its candidates today (29 December); polling is set for 12 February.",
  [("today (29 December)", "XXXX-12-29"), ("12 February", "XXXX-02-12")]),
 ("bn", TUE, "আজ সোমবার (২৯ ডিসেম্বর) কমিশন জানায়, প্রতীক বরাদ্দ হবে ২১ জানুয়ারি।",
  [("আজ সোমবার (২৯ ডিসেম্বর)", "XXXX-12-29"), ("২১ জানুয়ারি", "XXXX-01-21")]),
 ("bn", MON, "আজ (২৯ ডিসেম্বর) প্রার্থীরা মনোনয়নপত্র জমা দেন। প্রত্যাহারের শেষ দিন ২০ জানুয়ারি।",
  [("আজ (২৯ ডিসেম্বর)", "XXXX-12-29"), ("২০ জানুয়ারি", "XXXX-01-20")]),
 ("bn", TUE, "আজ সোমবার (২৯ ডিসেম্বর) দলটি জানায়, ৫ জানুয়ারি থেকে প্রচার শুরু হবে।",
  [("আজ সোমবার (২৯ ডিসেম্বর)", "XXXX-12-29"), ("৫ জানুয়ারি", "XXXX-01-05")]),
 ("bn", MON, "আজ (২৯ ডিসেম্বর) নির্বাচন কমিশন জানায়, আগামী ১২ ফেব্রুয়ারি ভোট হবে।",
  [("আজ (২৯ ডিসেম্বর)", "XXXX-12-29"), ("আগামী ১২ ফেব্রুয়ারি", "XXXX-02-12")]),
]

CONTROLS = [
 # a written year keeps its value with no anchor
 ("en", TUE, None, "In a post today (29 December), he said the vote is on 12 February 2026.",
  [("today (29 December)", "XXXX-12-29"), ("12 February 2026", "2026-02-12")]),
 # a bare weekday of the own day's week is null (DECISIONS T5; English since round 27)
 ("en", TUE, None, "Yesterday (28 December), the mayor opened the bridge. On Monday, traffic was heavy.",
  [("Yesterday (28 December)", "XXXX-12-28"), ("Monday", None)]),
 # a dated article is untouched: the January after a December publication is of the next year
 ("en", None, MON, "Scrutiny of the papers will run until 4 January.", [("4 January", "2026-01-04")]),
]


@pytest.mark.parametrize("language, retrieved, text, expected", CASES)
def test_held_out_undated_next_year(language, retrieved, text, expected):
    assert_times_as_scored(text, language, None, expected, retrieved=retrieved, anchor=None)


@pytest.mark.parametrize("language, retrieved, published, text, expected", CONTROLS)
def test_held_out_undated_next_year_control(language, retrieved, published, text, expected):
    assert_times_as_scored(text, language, published, expected, retrieved=retrieved, anchor=None)
