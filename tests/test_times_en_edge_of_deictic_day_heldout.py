"""Held-out time fixtures (issue 10, round 24b), English: "early today", "late yesterday", "early
tomorrow" are one expression, the edge of the day with it (GUIDELINES T2, as "early Monday" already
was). Before, "today" stood alone, less than half of the words, and matched nothing.
"late yesterday" is a control: "yesterday" alone is long enough to match it.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (f74685e): 0 of 6 (the control passes); after: 6 of 6.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

FEB = "2025-02-16"

EDGES = [
 ("en", FEB, "A blaze that started early today destroyed a row of tin-shed shops in Khulna.", [("early today", "2025-02-16")]),
 ("en", FEB, "The body of a rickshaw puller was recovered from a canal early today.", [("early today", "2025-02-16")]),
 ("en", FEB, "The launch capsized early today near the ghat, the coast guard said.", [("early today", "2025-02-16")]),
 ("en", FEB, "Early today, traders shut their shops in protest.", [("Early today", "2025-02-16")]),
 ("en", FEB, "Voting began early today at most centres in the district.", [("early today", "2025-02-16")]),
 ("en", FEB, "Rescuers pulled two workers from the rubble early today.", [("early today", "2025-02-16")]),
 # "yesterday" and "tomorrow" are long enough to match alone; kept as controls
 ("en", FEB, "Police detained the driver late yesterday.", [("late yesterday", "2025-02-15")]),
]


@pytest.mark.parametrize("language, published, text, expected", EDGES)
def test_held_out_edge_of_a_deictic_day(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
