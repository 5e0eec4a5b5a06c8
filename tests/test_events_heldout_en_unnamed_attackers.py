"""Held-out cases (round 21, issue 9): an English attack told in the passive with no attacker
named ("the student leader was shot", "two activists were stabbed") was no event: the role
rules found no actor, and Coder._has_parties wants one. The guidelines code it with an unnamed
actor (E5: "unidentified", no country) and the victim as recipient, as the Bengali pack already
does (passive_unnamed_attacker). A death or injury told in the passive ("were killed in a
collision", "was injured in a crash") names a harm an accident causes too, not an attacker
(passive_unnamed_agent_not_words): it stays no event. Round 45: a victim the registry does not
hold, a building, place or body ("the Lalbagh Fort gate was attacked"), is of the article's country, as E5 codes victims
by country (roles.passive_unnamed_attacker_of_home_people). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of_type, record_of

ATTACKS = [
    "Several BNP activists were attacked in Feni on Sunday night.",
    "The Jamaat office in Rajshahi was vandalised on Friday night.",
    "Two Jamaat activists were shot outside a mosque in Rajshahi after the evening prayers.",
    "An NCP leader was shot in Khulna late on Saturday night, his family said.",
    "Three Awami League supporters were beaten in Bogura on Monday, according to the local party office.",
    "BNP candidate Mirza Abbas was attacked while campaigning in Dhaka on Tuesday.",
    "Prothom Alo's office was attacked on Thursday night.",
]
ACCIDENTS = [
    "Four BNP activists were killed in a collision between two buses in Cumilla on Sunday.",
    "Six Jamaat supporters were injured in a crash on the Dhaka-Chattogram highway.",
    "Two Awami League workers were killed when a truck overturned in Gaibandha.",
    "A Chhatra Dal leader was hit by a falling wall during the storm in Barishal.",
    "A rickshaw puller was injured in a crash on the Dhaka-Mymensingh highway.",
    "The old market building in Sylhet was damaged in the flood.",
]


def _assaults(text: str) -> list:
    return [e for e in record_of(text, "en").events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", ATTACKS, ids=range(len(ATTACKS)))
def test_a_passive_attack_with_no_attacker_named_is_by_someone_unnamed(text):
    found = _assaults(text)
    assert found and all([a.name for a in e.actors] == ["unidentified"] and e.actors[0].country is None
                          for e in found)
    assert all(e.recipients and all(r.country == "BGD" for r in e.recipients) for e in found)


@pytest.mark.parametrize("text", ACCIDENTS, ids=range(len(ACCIDENTS)))
def test_a_passive_death_or_injury_names_no_attacker(text):
    assert _assaults(text) == []


UNHELD_VICTIMS = [
    "BNP leaders in Dhaka condemned the violence on Saturday. The following evening, the Lalbagh Fort gate "
    "was attacked.",
]


@pytest.mark.parametrize("text", UNHELD_VICTIMS, ids=range(len(UNHELD_VICTIMS)))
def test_a_passive_attack_on_a_place_the_registry_does_not_hold_is_on_home_people(text):
    found = candidates_of_type(text, "en", "ASSAULT")
    assert found and all([a.name for a in e.actors] == ["unidentified"] for e in found)
    assert all([r.country for r in e.recipients] == ["BGD"] for e in found)
