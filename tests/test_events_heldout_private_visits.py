"""Held-out cases (round 18, issue 9): a politician going to see a relative in hospital, or to a
grave or mausoleum, meets no party: no CONSULT (dev had two must-not CONSULTs of this kind: a leader
going to a hospital to see his mother, and one going to a martyr's grave). The coder must not
even propose one; a meeting with another politician or a visit abroad stays. Sentences written
for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor import lang
from khobor.events.extraction import candidates

PRIVATE = [
    "Back from London, Tarique Rahman went to United Hospital to meet his mother Khaleda Zia, the BNP chairperson, "
    "who has been ill for weeks.",
    "Jamaat ameer Shafiqur Rahman visited the grave of martyr Abu Sayed in Rangpur on Sunday.",
    "On Saturday, the chief adviser Muhammad Yunus will visit the mausoleum of Father of the Nation in Tungipara.",
    "BNP secretary general Mirza Fakhrul Islam Alamgir visited the graves of the July martyrs at Azimpur on Monday.",
    "On his return, Tarique Rahman visited Square Hospital in Panthapath to meet his mother Khaleda Zia.",
    "Later in the day, the Jamaat ameer will visit the graves of the July martyrs at Azimpur.",
]
MEETINGS = [
    "Tarique Rahman met Jamaat ameer Shafiqur Rahman at his Gulshan office on Tuesday.",
    "Mirza Fakhrul Islam Alamgir visited India on Monday to meet Indian foreign minister S Jaishankar.",
    # written after review: a state visit with a tribute named after it is still a meeting
    "Nepal's foreign minister Arzu Rana Deuba visited Dhaka and the mausoleum of the national poet on Sunday.",
    "Chief adviser Muhammad Yunus will visit Malaysia and the tomb of its first prime minister next week.",
]


def _consults(text: str) -> list:
    rec = record_of(text, "en")
    return [e for e in candidates(rec, lang.load("en")) + rec.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", PRIVATE, ids=range(len(PRIVATE)))
def test_a_family_or_grave_visit_is_no_meeting(text):
    assert _consults(text) == []


@pytest.mark.parametrize("text", MEETINGS, ids=range(len(MEETINGS)))
def test_a_meeting_between_politicians_stays(text):
    assert _consults(text) != []
