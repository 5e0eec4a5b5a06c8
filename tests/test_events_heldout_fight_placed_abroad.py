"""Held-out cases (round 46, issue 9): `side_in_a_foreign_fight` made the victim of a foreign
force's fire at the border a citizen of the force's country: in a Bangladeshi article, "BSF fire
killed Rafiqul at the border" names India's force and no linked home name, so the sentence's
linked names were all Indian and the unplaced victim (a person linking gives no country) became
Indian, India -> India, where the gold codes India -> Bangladesh. A fight abroad names where it
is fought (Rakhine State, Hodeidah, Gao: a place of that country other than the parties): only
then is the unplaced side of that country; otherwise the home-country default keeps it.
Sentences written for this test (the fights abroad of test_events_heldout_foreign_fights.py still
name their place and keep their country).
"""
from __future__ import annotations

import pytest

from khobor.events import defaults
from khobor.record import Actor, Entity, Event, Record, Trigger

BSF = Actor(id="border-security-force", name="Border Security Force", country="IND", sector="MIL")
VICTIM = Actor(id="new:rafiqul-islam", name="Rafiqul Islam", country=None)
RAKHINE = Actor(id="rakhine", name="Rakhine", country="MMR")


def _record(text: str, entities: list[Entity]) -> Record:
    return Record(id="x", text=text, language="bn", sentences=[], entities=entities)


def _shooting() -> Event:
    return Event(type="ASSAULT", sentence=0, trigger=Trigger(start=0, end=1, text="x"), confidence=0.9,
                 actors=[BSF.model_copy()], recipients=[VICTIM.model_copy()])


BORDER_SHOOTINGS = [  # (text, its linked names): a foreign force's fire, no place of its country named
    ("বিএসএফের গুলিতে রফিকুল ইসলাম নিহত",
     [Entity(start=0, end=9, text="বিএসএফের", type="ORG", actor=BSF),
      Entity(start=16, end=27, text="রফিকুল ইসলাম", type="PER", actor=VICTIM)]),
    ("কাঁটাতারের কাছে রফিকুলকে গুলি করে মেরেছে বিএসএফ",
     [Entity(start=40, end=46, text="বিএসএফ", type="ORG", actor=BSF)]),
]


@pytest.mark.parametrize("text,entities", BORDER_SHOOTINGS, ids=range(len(BORDER_SHOOTINGS)))
def test_a_victim_of_foreign_fire_with_no_foreign_place_named_stays_home(text, entities):
    (ev,) = defaults.apply(_record(text, entities), [_shooting()], "BGD")
    assert [a.country for a in ev.recipients] == ["BGD"]
    assert "side_in_a_foreign_fight" not in [s["rule"] for s in ev._explain]


def test_a_fight_placed_in_a_foreign_region_still_takes_its_country():
    text = "রাখাইনে আরাকান আর্মির হামলা"  # a place of Myanmar named: the fight is abroad
    place = Entity(start=0, end=7, text="রাখাইনে", type="GPE", actor=RAKHINE)
    ev = _shooting()
    ev.actors = [Actor(id="arakan-army", name="Arakan Army", country="MMR", sector="REB")]
    (ev,) = defaults.apply(_record(text, [place]), [ev], "BGD")
    assert [a.country for a in ev.recipients] == ["MMR"]
