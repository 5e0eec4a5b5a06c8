"""Held-out cases (round 18, issue 9): a country the sentence leaves unnamed but the events stage
supplies as a party (the recipient of a domestic act, the agent of an agentless passive arrest)
is called by the country's name, as an analyst reads it, never by its code: the record said
"BGD" where it meant Bangladesh. The id (state:BGD) and the country code stay as they were."""
from __future__ import annotations

import pytest

from khobor.events import defaults
from khobor.events.coder import _Article
from khobor.record import Actor, Event, Record, Trigger

CASES = [  # (the acting party, the article's home country, the name the unnamed state must have)
    (Actor(id="agent:police", name="police", country="BGD"), "BGD", "Bangladesh"),
    (Actor(id="agent:students", name="students", country="IND"), "IND", "India"),
    (Actor(id="agent:traders", name="traders", country="PAK"), "PAK", "Pakistan"),
    (Actor(id="agent:workers", name="workers", country="NPL"), "NPL", "Nepal"),
    (Actor(id="agent:police", name="police", country="LKA"), "LKA", "Sri Lanka"),
    (Actor(id="agent:soldiers", name="soldiers", country="MMR"), "MMR", "Myanmar"),
]


def _event(actor: Actor) -> Event:
    return Event(type="COERCE", sentence=0, trigger=Trigger(start=0, end=8, text="arrested"), confidence=0.9,
                 actors=[actor])


@pytest.mark.parametrize("actor,home,name", CASES, ids=[c[1] for c in CASES])
def test_the_unnamed_recipient_state_is_called_by_its_name(actor, home, name):
    rec = Record(id="x", text="Police arrested five people.", language="en")
    (out,) = defaults.apply(rec, [_event(actor)], home)
    assert [(r.name, r.id, r.country) for r in out.recipients] == [(name, f"state:{home}", home)]


@pytest.mark.parametrize("actor,home,name", CASES, ids=[c[1] for c in CASES])
def test_the_home_state_a_passive_arrest_lends_is_called_by_its_name(actor, home, name):
    art = _Article(Record(id="x", text="Five people were arrested.", language="en"), [], [], None, home)
    assert (art.home_state.name, art.home_state.country) == (name, home)
