"""Held-out cases (round 19, issue 9): "any attack", "any violence", "any kind of attack" name a
kind of act that a party stands against, no happening (E1: an event is something that happened
or is said to happen). The English coder took the noun for an assault by the party that took
the stand ("took a firm stand against any attack on its leaders": the BNP attacked its leaders).
An attack that happened stays an event. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

STANCES = [
    "The Dhaka Union of Journalists has always stood against any attack on reporters, its president said.",
    "The BNP took a firm stand against any attack on its leaders and activists in Khulna.",
    "The Bangladesh Federal Union of Journalists stood firm against any attack on the media during the uprising.",
    "The Hindu Buddhist Christian Unity Council took a strong stand against any attack on temples in Dinajpur.",
    "Dhaka University Teachers' Association has stood against any attack on students on the campus.",
    "The Jatiya Party stood against any attack on the Ahmadiyya community in Panchagarh, its chairman said.",
]
ATTACKS = [
    "Miscreants attacked the BNP office in Khulna on Sunday night, police said.",
    "A mob attacked the house of an Awami League leader in Bogura on Monday, police said.",
]


def _types(text: str) -> list[str]:
    return [e.type for e in record_of(text, "en").events]


@pytest.mark.parametrize("text", STANCES, ids=range(len(STANCES)))
def test_a_stand_against_any_attack_is_no_assault(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", ATTACKS, ids=range(len(ATTACKS)))
def test_an_attack_that_happened_stays_an_assault(text):
    assert "ASSAULT" in _types(text)
