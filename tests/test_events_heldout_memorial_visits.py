"""Held-out cases (round 18, issue 9): a politician's visit to a memorial, a monument or the Shaheed
Minar is a tribute: no party is met, so no CONSULT (as a visit to a grave; dev had one false CONSULT,
a leader to visit a martyrs' memorial). A visit to a party office or a ministry stays a meeting.
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor import lang
from khobor.events.extraction import candidates

TRIBUTES = [
    "On Friday morning, Mirza Fakhrul Islam Alamgir will visit the National Martyrs' Memorial in Savar.",
    "The chief adviser Muhammad Yunus will visit the Intellectual Martyrs' Memorial at Rayerbazar.",
    "Later, Tarique Rahman will visit National Martyrs' Memorial in Savar and lay a wreath there.",
    "In the afternoon, Nahid Islam visited National Martyrs' Memorial in Savar and paid tribute to the fallen.",
    "Jamaat ameer Shafiqur Rahman visited the National Martyrs' Memorial on Victory Day.",
    "NCP leaders visited the National Martyrs' Memorial in Savar before the rally.",
    # no CONSULT before the rule either (the memorial not read as a party): kept as guards
    "Jamaat ameer Shafiqur Rahman visited the Central Shaheed Minar on Wednesday to place wreaths.",
    "After landing, Tarique Rahman visited the Liberation War Monument in Mujibnagar.",
]
MEETINGS = [
    "Tarique Rahman visited the Jamaat office in Moghbazar to meet Shafiqur Rahman on Tuesday.",
    "Indian foreign secretary Vikram Misri visited Dhaka on Monday and met Muhammad Yunus.",
]


def _consults(text: str) -> list:
    rec = record_of(text, "en")
    return [e for e in candidates(rec, lang.load("en")) + rec.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", TRIBUTES, ids=range(len(TRIBUTES)))
def test_a_memorial_visit_is_no_meeting(text):
    assert _consults(text) == []


@pytest.mark.parametrize("text", MEETINGS, ids=range(len(MEETINGS)))
def test_a_visit_to_meet_someone_stays_a_meeting(text):
    assert _consults(text) != []
