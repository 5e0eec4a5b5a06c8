"""Held-out cases (round 19, issue 9): in a Bangladeshi article, a fight abroad between a foreign
party the registry places (the Arakan Army, the Houthis) and a side it does not (generic troops
the agent lexicon lends, an armed group linking leaves without a country) was coded as Bangladesh
attacking that country: the lent troops carry the article's home country and the home-country
default gives it to the unplaced group. When the sentence names parties and places of one foreign
country only, the unplaced armed side is of that country (`side_in_a_foreign_fight`). Civilians
(protesters, students), a state as the other side ("along the Myanmar border": whose troops?) and
a sentence that names a home party or place keep the home country. Sentences written for this test.
"""
from __future__ import annotations

import pytest

from khobor.events import defaults
from khobor.record import Actor, Entity, Event, Record, Trigger
from event_fixtures import record_of

BORDER = ("Border Guard Bangladesh stepped up patrols in Teknaf of Cox's Bazar, the BGB's Teknaf battalion "
          "commander Lieutenant Colonel Mahbub Alam told Prothom Alo on Sunday. ")
TALKS = ("The BNP and Jamaat-e-Islami held talks in Dhaka on Sunday, BNP Secretary General Mirza Fakhrul "
         "Islam Alamgir told reporters. ")

FIGHTS = [  # (a Bangladeshi article, the unplaced side, the country of the fight)
    (BORDER + "The Chin Brotherhood Front clashed with the Arakan Army near Paletwa in Rakhine State, he said.",
     "Chin Brotherhood Front", "MMR"),
    (BORDER + "Local sources said the country's junta forces carried out an airstrike on Arakan Army positions "
     "in Rakhine State on Saturday night.", "security forces", "MMR"),
    (BORDER + "Troops launched fresh attacks on Arakan Army positions in Rakhine State, local sources said.",
     "security forces", "MMR"),
    (TALKS + "Government troops shelled Houthi positions near Hodeidah in Yemen, killing four fighters.",
     "security forces", "YEM"),
    (TALKS + "The Sahel Liberation Brigade attacked a Malian army base near Gao in Mali on Tuesday.",
     "Sahel Liberation Brigade", "MLI"),
    (BORDER + "Rebel fighters ambushed an Arakan Army patrol in Rakhine State late on Friday, residents said.",
     "rebels", "MMR"),
]
HOME = [  # (a Bangladeshi article, the side that stays Bangladeshi)
    (TALKS + "Protesters attacked the Indian visa centre on Monday, police said.", "protesters"),
    (TALKS + "Troops opened fire on smugglers along the Myanmar border, killing one.", "security forces"),
    (BORDER + "Troops in Teknaf fired on an Arakan Army boat in the Naf River, he said.", "security forces"),
]


def _countries(text: str, name: str) -> set:
    rec = record_of(text, "en")
    return {a.country for ev in rec.events if ev.type == "ASSAULT" for a in ev.actors if a.name == name}


@pytest.mark.parametrize("text,name,country", FIGHTS, ids=range(len(FIGHTS)))
def test_an_unplaced_armed_side_of_a_foreign_fight_is_of_that_country(text, name, country):
    assert _countries(text, name) == {country}


@pytest.mark.parametrize("text,name", HOME, ids=range(len(HOME)))
def test_civilians_a_state_or_a_home_place_keep_the_home_country(text, name):
    assert _countries(text, name) == {"BGD"}


def test_the_rule_shows_in_the_trace_and_spares_other_types():
    text = "Arakan Army Rakhine"
    army = Actor(id="arakan-army", name="Arakan Army", country="MMR")
    rakhine = Actor(id="rakhine", name="Rakhine", country="MMR")
    rec = Record(id="x", text=text, language="en", sentences=[], entities=[
        Entity(start=0, end=11, text="Arakan Army", type="ORG", actor=army),
        Entity(start=12, end=19, text="Rakhine", type="GPE", actor=rakhine)])
    troops = Actor(id="agent:security-forces", name="security forces", country="BGD", sector="MIL")

    def event(etype):
        return Event(type=etype, sentence=0, trigger=Trigger(start=0, end=1, text="x"), confidence=0.9,
                     actors=[troops.model_copy()], recipients=[army.model_copy()])
    fight, talks = defaults.apply(rec, [event("ASSAULT"), event("CONSULT")], "BGD")
    assert [a.country for a in fight.actors] == ["MMR"]
    assert "side_in_a_foreign_fight" in [s["rule"] for s in fight._explain]
    assert [a.country for a in talks.actors] == ["BGD"]
