"""Held-out time fixtures (issue 10, round 26, tm26b): a year-less date in a clause opened by
"since" with a gerund ("since returning to office in January", "since joining the club in
February") is the start of a span that runs up to now, so it is past (GUIDELINES T3: the year that
the tense and words choose), even when the sentence's verb is a present perfect that tells no tense
and the coming month is nearer. A causal "since" takes a finite clause and tells nothing. Sentences
written for this file (none copied from any article); scored as the shared scorer does.

Against f595f33: 0 of 6; after: 6 of 6. Controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SINCE_GERUND = [
 ("en", "2025-09-13", "The president, who has pushed for talks since returning to office in January, has threatened new tariffs.",
  [("January", "2025-01")]),
 ("en", "2025-08-20", "Since taking charge in December, the governor has cut the policy rate twice.",
  [("December", "2024-12")]),
 ("en", "2025-10-02", "The striker has scored nine goals since joining the club in February.",
  [("February", "2025-02")]),
 ("en", "2025-07-15", "She has visited the camps four times since arriving in Cox's Bazar on 12 November.",
  [("12 November", "2024-11-12")]),
 ("en", "2025-05-28", "The party has held no rallies since losing the by-election on 9 October.",
  [("9 October", "2024-10-09")]),
 ("en", "2025-11-10", "Since coming to power in March, the council has approved three budgets.",
  [("March", "2025-03")]),
]

CONTROLS = [
 ("en", "2025-09-13", "Since the vote is due in February, parties will begin campaigning in January.",
  [("February", "2026-02"), ("January", "2026-01")]),
 ("en", "2025-09-13", "The minister will visit Rome in November.", [("November", "2025-11")]),
]


@pytest.mark.parametrize("language, published, text, expected", SINCE_GERUND)
def test_held_out_since_gerund_date_is_past(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_since_gerund_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
