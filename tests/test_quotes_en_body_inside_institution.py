"""A body named after its owner's possessive (issue 10, round 32): "Moscow's defence ministry
claimed ...". The speaker mention took the owner's actor (Moscow) though the linker had linked the
body itself ("defence ministry"), so the city spoke instead of the ministry.

Rule `body_inside_institution` (khobor.quotes.speakers): an institution mention after a place or
body takes the actor the linker gave the organisation inside it, before its owner's.

Sentences written for this file (no newspaper text). Before the change the case fails, after
none; the control passes before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Drones hit border regions"
CASES = [
    ("Drones struck two border regions overnight. Moscow's defence ministry, for its part, claimed 30 "
     "drones were brought down over Kursk.", "30 drones were brought down", "moscow"),
]

# control: the owner the registry knows by the whole phrase speaks through it, as before
CONTROLS = [
    ("Drones struck two border regions overnight. Russia's defence ministry claimed 30 drones were "
     "brought down over Kursk.", "30 drones were brought down", "russia"),
]


@pytest.mark.parametrize("body,fragment,owner", CASES + CONTROLS)
def test_the_body_speaks_not_its_owner(body, fragment, owner):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert len(quotes) == 1
    sp = quotes[0].speaker
    assert sp is not None and sp.actor is not None
    assert sp.actor.id != owner and "ministry" in sp.actor.id
