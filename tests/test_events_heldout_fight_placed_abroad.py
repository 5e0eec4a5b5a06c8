"""Held-out cases (round 46, issue 9): `side_in_a_foreign_fight` made the victim of a foreign
force's fire at the border a citizen of the force's country: in a Bangladeshi article, "BSF fire
killed Rafiqul at the border" names India's force and no linked home name, so the sentence's
linked names were all Indian and the victim, a person linking gives no country, became Indian:
India -> India, where the gold codes India -> Bangladesh (GUIDELINES E5). A named person is no
armed side of a fight abroad; the home-country default keeps him. An armed body linking leaves
without a country still takes the foreign country (test_events_heldout_foreign_fights.py).
Sentences written for this test.
"""
from __future__ import annotations

import pytest

from khobor.events import defaults
from khobor.record import Actor, Entity, Event, Record, Trigger

BSF = Actor(id="border-security-force", name="Border Security Force", country="IND", sector="MIL")
VICTIM = Actor(id="new:rafiqul-islam", name="Rafiqul Islam", country=None)
FRONT = Actor(id="new:chin-front", name="Chin Front", country=None)


def _entity(text: str, name: str, etype: str, actor: Actor) -> Entity:
    start = text.index(name)
    return Entity(start=start, end=start + len(name), text=name, type=etype, actor=actor)


def _coded(text: str, entities: list[Entity], victim: Actor) -> Event:
    ev = Event(type="ASSAULT", sentence=0, trigger=Trigger(start=0, end=1, text="x"), confidence=0.9,
               actors=[BSF.model_copy()], recipients=[victim.model_copy()])
    (ev,) = defaults.apply(Record(id="x", text=text, language="bn", sentences=[], entities=entities), [ev], "BGD")
    return ev


SHOOTINGS = [  # a foreign force's fire at a person the article names
    "বিএসএফের গুলিতে রফিকুল ইসলাম নিহত",
    "রফিকুল ইসলাম বাড়ি ফিরছিলেন। কাঁটাতারের কাছে তাঁকে গুলি করে মেরেছে বিএসএফ",
]


@pytest.mark.parametrize("text", SHOOTINGS, ids=range(len(SHOOTINGS)))
def test_a_named_person_shot_by_a_foreign_force_stays_home(text):
    force = "বিএসএফের" if "বিএসএফের" in text else "বিএসএফ"
    ev = _coded(text, [_entity(text, force, "ORG", BSF), _entity(text, "রফিকুল ইসলাম", "PER", VICTIM)], VICTIM)
    assert [a.country for a in ev.recipients] == ["BGD"]
    assert "side_in_a_foreign_fight" not in [s["rule"] for s in ev._explain]


def test_an_unplaced_armed_body_still_takes_the_foreign_country():
    text = "বিএসএফের সঙ্গে চিন ফ্রন্টের সংঘর্ষ"
    ev = _coded(text, [_entity(text, "বিএসএফের", "ORG", BSF), _entity(text, "চিন ফ্রন্টের", "ORG", FRONT)], FRONT)
    assert [a.country for a in ev.recipients] == ["IND"]
