"""Held-out cases (round 24b, issue 9): a warning by market voices ("..., exporters warned",
"tea exporters warned that demand from Pakistan may fall") foretells a cost; the exporters can
act on no one, so it is no THREATEN (GUIDELINES E1: a threat is to act; the written set's
must-not THREATEN, "Bangladeshi goods entering the US could face duties of up to 52%, exporters
warned"). A party's warning of its own act stays THREATEN. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

FORECASTS = [
    "If talks fail, Bangladeshi garments entering the US could face a 37% tariff, exporters warned.",
    "Bangladeshi jute goods may lose their market in Turkey, exporters warned.",
    "Leather exporters warned that orders from China could fall by half.",
    "Garment exporters warned that buyers in Germany could cancel winter orders.",
    "Tea exporters warned that demand from Pakistan may fall this year.",
    "Toy makers may lose buyers in Canada, exporters warned.",
]
THREATS = [
    "The United States warned Bangladesh that it would impose sanctions on officials who block the vote.",
    "The BNP warned the government that it would launch a movement if the election was delayed.",
]


@pytest.mark.parametrize("text", FORECASTS, ids=range(len(FORECASTS)))
def test_a_market_warning_is_no_threat(text):
    assert events_of_type(text, "en", "THREATEN") == []


@pytest.mark.parametrize("text", THREATS, ids=range(len(THREATS)))
def test_a_partys_warning_of_its_own_act_stays(text):
    assert events_of_type(text, "en", "THREATEN") != []
