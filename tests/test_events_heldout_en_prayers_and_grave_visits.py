"""Held-out cases (round 24b, issue 9): prayers, wreaths or tributes offered ("offered prayers at
the grave of ...", "offers special prayers") are devotion, no offer made to a party (AGREE), and a
visit to a grave told by its noun ("his visit to his father's grave") meets no one (a must-not
CONSULT of dev, like the verb "visited the grave" before it). An offer of aid stays AGREE; a
visit to a country stays CONSULT. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

DEVOTIONS = [
    "Jamaat ameer Shafiqur Rahman offered prayers at the grave of Abu Sayeed in Rangpur on Friday.",
    "NCP convener Nahid Islam offers prayers at the graves of July martyrs",
    "Chief Adviser Muhammad Yunus placed wreaths and offered special prayers at the National Martyrs' Memorial in Savar.",
    "BNP leaders and activists thronged the road during Tarique Rahman's visit to his father's grave in Dhaka.",
    "Jatiya Party chairman GM Quader offered prayers at the grave of Hussain Muhammad Ershad in Rangpur.",
    "Salahuddin Ahmed offers prayers at Ziaur Rahman's grave",
    "Nahid Islam offered special prayers for the July martyrs at the Central Shaheed Minar on Tuesday.",
]
KEPT = [
    ("India offered Bangladesh a $1 billion line of credit on Monday.", "AGREE"),
    ("Indian foreign secretary Vikram Misri's visit to Dhaka ended with talks with Touhid Hossain.", "CONSULT"),
]


@pytest.mark.parametrize("text", DEVOTIONS, ids=range(len(DEVOTIONS)))
def test_prayers_offered_and_grave_visits_are_no_events(text):
    assert [(e.type, e.trigger.text) for e in record_of(text, "en").events] == []


@pytest.mark.parametrize("text,etype", KEPT, ids=range(len(KEPT)))
def test_offers_and_visits_to_parties_stay(text, etype):
    assert etype in [e.type for e in record_of(text, "en").events]
