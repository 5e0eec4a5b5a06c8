"""Held-out time fixtures (issue 10, round 44): an English passive future keeps its participle when
an adverb stands between "be" and it: "visitor passes would be strictly enforced from Thursday",
told on a Tuesday, is the coming Thursday; "will be formally launched on Sunday" is ahead too (en
`future`: the passive takes one adverb in -ly; `own_past`: no participle after "be" and an adverb).
Before, the participle counted as a past act of its own and took the time back a week.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against main at f2a441c0: 0 of 4 held out pass; after: 4 of 4. Controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

JUL = "2025-07-15"  # a Tuesday

PASSIVE_WITH_ADVERB = [
 ("He said visitor passes would be strictly enforced from Thursday.", [("Thursday", "2025-07-17")]),
 ("The rules will be formally launched on Sunday, he said.", [("Sunday", "2025-07-20")]),
 ("The bridge is to be officially opened on Saturday.", [("Saturday", "2025-07-19")]),
 ("Officials said the ban would be fully lifted on Friday.", [("Friday", "2025-07-18")]),
]

CONTROLS = [
 ("The rules were strictly enforced on Sunday.", [("Sunday", "2025-07-13")]),
 ("The project was formally launched in March.", [("March", "2025-03")]),
 ("The bridge will be opened on Saturday.", [("Saturday", "2025-07-19")]),
]


@pytest.mark.parametrize("text,expected", PASSIVE_WITH_ADVERB + CONTROLS)
def test_passive_with_adverb(text, expected):
    assert_times_as_scored(text, "en", JUL, expected)
