"""A person the NER names without the honorific before the name ("Professor", "Dr", "Mr":
`titles_outside_names`) keeps the marker of the preposition before the honorific: "spoke by phone
with Professor X" marks X "with" (lang/en/events.yaml `markers.skip_before_name`). Sentences
written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead

CALLS = [
    "BNP leader Tarique Rahman spoke by phone with Professor Muhammad Yunus on Thursday.",
    "BNP leader Tarique Rahman spoke by phone with Dr Muhammad Yunus on Thursday.",
]


@pytest.mark.parametrize("sentence", CALLS, ids=range(len(CALLS)))
def test_a_person_after_an_honorific_is_the_other_party(sentence):
    events = events_after_home_lead("en", sentence)
    parties = {a.name for e in events for a in e.actors + e.recipients}
    assert any(n.endswith("Yunus") for n in parties), parties
    assert any(n.endswith("Tarique Rahman") for n in parties), parties
