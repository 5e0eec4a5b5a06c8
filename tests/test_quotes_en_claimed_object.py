""""claimed" with a thing as its object (issue 10, round 39): "the debutant claimed his first Test
wicket" was read as a bare report ("his first Test wicket" said by the bowler), as "Moscow
claimed 41 drones were shot down" is. In the sense of winning or taking something, "claimed"
reports nothing.

The English pack reads no bare report after "claimed" whose words open with a possessive ("his",
"its") and hold no auxiliary before a comma: "claimed its march was attacked" still reports.

Sentences written for this file (no newspaper text). Before the change the 2 cases give a quote,
after none; the 3 controls give their quote before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Hosts take control on day two"
CASES = [
    ("The hosts batted first. Rahim Uddin, a left-arm quick, claimed his fourth five-wicket haul of the "
     "season before tea.", "five-wicket haul"),
    ("The hosts batted first. Debutant Karim Ahmed claimed his first Test wicket in the final session.",
     "his first Test wicket"),
]

CONTROLS = [
    ("Shelling went on overnight. The defence ministry claimed 41 drones were shot down over the border "
     "regions.", "41 drones were shot down"),
    ("Shelling went on overnight. Rahim Uddin claimed that the drones had been fired from the east.",
     "the drones had been fired from the east"),
    ("Shelling went on overnight. Rahim Uddin claimed his brother was attacked by armed men.",
     "his brother was attacked"),
]


@pytest.mark.parametrize("body,fragment", CASES)
def test_claimed_with_a_thing_as_object_reports_nothing(body, fragment):
    assert not [q for q in body_record(body, HEAD).quotes if fragment in q.text]


@pytest.mark.parametrize("body,fragment", CONTROLS)
def test_claimed_with_a_clause_reports_it(body, fragment):
    assert [q for q in body_record(body, HEAD).quotes if fragment in q.text]
