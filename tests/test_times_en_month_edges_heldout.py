"""Held-out time fixtures (issue 10, round 27): an English month with its edge or middle told
before it ("early April", "mid-May", "late June") is one time with all its parts (GUIDELINES T2),
valued at the month, as "the end of March" already was. Before, the bare month was found alone,
a span too short to match the whole.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (8f46ceb): 0 of 6; after: 6 of 6.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SEP = "2025-09-10"

EDGES = [
 ("en", SEP, "Negotiators met in Istanbul in mid-May, their first direct talks in three years.", [("mid-May", "2025-05")]),
 ("en", SEP, "The adviser flew to Bangkok in early April for the regional summit.", [("early April", "2025-04")]),
 ("en", SEP, "Floodwater began to rise in late June, district officials said.", [("late June", "2025-06")]),
 ("en", SEP, "The spinning mill has stayed shut since early May.", [("early May", "2025-05")]),
 ("en", SEP, "Onion prices fell in late July after import duties were cut.", [("late July", "2025-07")]),
 ("en", SEP, "The minister will visit Tokyo in early June to sign the loan deal.", [("early June", "2026-06")]),
]


@pytest.mark.parametrize("language, published, text, expected", EDGES)
def test_held_out_month_with_its_edge(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
