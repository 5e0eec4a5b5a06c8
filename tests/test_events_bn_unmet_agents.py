"""Bengali gold events the role rules used to leave without an actor (round 32, ev32b): the
sentences here are written for the tests."""
from __future__ import annotations

from khobor.record import Actor
from test_events import A, code, make, one
from test_events_roles import steps

ELECTION = Actor(id="election", name="The general election", country="BGD")


def test_an_election_named_before_the_verb_is_no_subject():
    # "with the general election ahead, BNP met its allies again": BNP meets, not the election
    A.setdefault("election", ELECTION)
    rec = code(make("সংসদ নির্বাচন সামনে রেখে শরিকদের সঙ্গে আবারও বৈঠক করেছে বিএনপি।", "bn",
                    [("সংসদ নির্বাচন", "election", "EVT"), ("বিএনপি", "bnp", "ORG")]))
    ev = one(rec, "CONSULT")
    assert "bnp" in [a.id for a in ev.actors]
    assert ("subject_after_verb", "actor = বিএনপি") in steps(ev, "role")
    assert not [d for rule, d in steps(ev, "role") if rule == "subject_before_verb"]
