"""Held-out English sentences (written for round 21, never trained on): a party suspending a
member from the party or a post, and a state suspending visas, are PLOVER SANCTION (GUIDELINES E4:
"expulsion from a party, suspension ... a visa or trade restriction"). Only "@suspend" with aid or
talks had a pattern, so these had no candidate. Each sentence runs through the whole pipeline at
the shipped classifier threshold; a court suspending a hearing or a school its classes is no
sanction of anyone."""
from __future__ import annotations

import pytest

from event_fixtures import record_of_dateline_file

SUSPENDED = [
    ("The Awami League has suspended Rahim Mia from the party for joining the rally.", "Rahim Mia"),
    ("The BNP on Tuesday suspended Jahangir Alam from all party posts over the clash in Bogura.", "Jahangir Alam"),
    ("Jamaat-e-Islami suspended Abdul Karim from the party's membership for six months, a statement said.", "Abdul Karim"),
    ("The Jatiya Party suspended Selim Reza from his post as joint secretary on Monday.", "Selim Reza"),
    ("India suspended visa services for Bangladeshi nationals at its Chattogram office on Monday.", None),
    ("Pakistan has suspended visas for Afghan traders at the Torkham crossing, officials said.", None),
]

NOT_SANCTIONS = [
    "The High Court suspended the hearing of the case until Sunday.",
    "Dhaka University suspended classes for two days after the heavy rain.",
]


def _record(tmp_path, sentence: str):
    return record_of_dateline_file(tmp_path, "Party news", sentence)


@pytest.mark.parametrize("sentence,member", SUSPENDED)
def test_a_suspension_from_a_party_or_of_visas_is_a_sanction(tmp_path, sentence, member):
    rec = _record(tmp_path, sentence)
    sanctions = [ev for ev in rec.events if ev.type == "SANCTION"]
    assert sanctions, [(ev.type, ev.trigger.text, ev.confidence) for ev in rec.events]
    if member:
        assert member in {r.name for ev in sanctions for r in ev.recipients}


@pytest.mark.parametrize("sentence", NOT_SANCTIONS)
def test_a_suspended_hearing_or_class_is_no_sanction(tmp_path, sentence):
    rec = _record(tmp_path, sentence)
    assert [ev.type for ev in rec.events if ev.type == "SANCTION"] == []
