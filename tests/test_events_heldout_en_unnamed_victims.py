"""Held-out cases (round 45, issue 9): an English attack told in the passive with no attacker
named, on a victim the registry does not hold ("the office of a cultural group was attacked",
"a young man was hacked to death"), was no event: passive_unnamed_attacker wants a linked victim,
and Coder._has_parties an actor. The guidelines code it with an unnamed actor (E5:
"unidentified", no country) and the victims by country, the article's own when nothing else is
said (roles.passive_unnamed_attacker_of_home_people). A death or injury told in the passive names
a harm an accident causes too: still no event. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

ATTACKS = [
    "The office of a local theatre group in Jashore was attacked and set ablaze on Friday night.",
    "A young trader was hacked to death in Narsingdi on Sunday, police said.",
    "Two shops near the Bogura bus terminal were vandalised and looted on Monday night.",
]
NO_ATTACKS = [
    "Four passengers were killed in a collision between two buses in Cumilla on Sunday.",
    "A rickshaw puller was injured in a crash on the Dhaka-Mymensingh highway.",
    "The old market building in Sylhet was damaged in the flood.",
]


def _assaults(text: str) -> list:
    return [e for e in record_of(text, "en").events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", ATTACKS, ids=range(len(ATTACKS)))
def test_a_passive_attack_on_unlinked_victims_is_by_someone_unnamed_on_home_people(text):
    found = _assaults(text)
    assert found and all([a.name for a in e.actors] == ["unidentified"] for e in found)
    assert all([r.country for r in e.recipients] == ["BGD"] for e in found)


@pytest.mark.parametrize("text", NO_ATTACKS, ids=range(len(NO_ATTACKS)))
def test_a_passive_harm_or_damage_names_no_attacker(text):
    assert _assaults(text) == []
