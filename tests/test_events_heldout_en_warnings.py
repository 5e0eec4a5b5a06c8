"""Held-out cases (round 18, issue 9): a warning that foretells a cost or a danger ("warned that the
party will have to pay a heavy price", "warned that there may be violence", "warned that smugglers
are trying to ...") is no THREATEN: nobody says they will act (GUIDELINES E1; dev had a must-not
THREATEN of this kind and a false one). A warning of one's own act ("disciplinary action would be
taken", a state warning another against a step) stays THREATEN. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor import lang
from khobor.events.extraction import candidates

FORECASTS = [
    "The BNP leader warned that the government will have to pay a dear price if it delays the election.",
    "Jamaat's secretary general warned that there is a risk the talks may collapse before the deadline.",
    "The NCP convener warned that if the alliance goes ahead, the party will pay a heavy price at the polls.",
    "The police chief warned that smugglers were attempting to push weapons across the Teknaf border.",
    "Mirza Fakhrul Islam Alamgir warned that the Awami League is trying to sabotage the election.",
    "Nahid Islam warned that there may be violence in the capital before the vote.",
    "The Jamaat ameer warned that the interim government would pay the price for its silence.",
]
THREATS = [
    "The BNP warned that disciplinary action would be taken against members who run as independents.",
    "Myanmar's junta warned Bangladesh against sheltering Arakan Army fighters.",
]


def _threats(text: str) -> list:
    rec = record_of(text, "en")
    return [e for e in candidates(rec, lang.load("en")) + rec.events if e.type == "THREATEN"]


@pytest.mark.parametrize("text", FORECASTS, ids=range(len(FORECASTS)))
def test_a_foretold_cost_or_danger_is_no_threat(text):
    assert _threats(text) == []


@pytest.mark.parametrize("text", THREATS, ids=range(len(THREATS)))
def test_a_warning_of_ones_own_act_stays_a_threat(text):
    assert _threats(text) != []
