"""Held-out cases (round 43, issue 9): "X ও Y সফর" (a visit to X and Y): a name joined by a conjunction
to the object right before the event noun is visited with it, never the visitor. Before the fix
"জাপান ও থাইল্যান্ড সফর শেষে" (after the visit to Japan and Thailand) coded Japan visiting Thailand
(the sentence set's dev half). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of_type

VISITED_PAIRS = [
    ("জাপান ও থাইল্যান্ড সফর করবেন মোদি।", "JPN"),
    ("ভারত ও নেপাল সফর করেছেন শেখ হাসিনা।", "IND"),
    ("চীন ও রাশিয়া সফর শেষে দেশে ফিরেছেন প্রেসিডেন্ট।", "CHN"),
]


@pytest.mark.parametrize("text, visited", VISITED_PAIRS, ids=range(len(VISITED_PAIRS)))
def test_a_place_visited_with_another_is_no_visitor(text, visited):
    assert all(visited not in {a.country for a in e.actors} for e in candidates_of_type(text, "bn", "CONSULT"))


def test_the_visitor_before_the_pair_stays():
    (ev,) = candidates_of_type("শেখ হাসিনা ভারত ও নেপাল সফর করেছেন।", "bn", "CONSULT")
    assert [a.country for a in ev.actors] == ["BGD"]
