"""Held-out cases (round 19, issue 9): handing in a resignation ("submitted his resignation
letter to the Chief Adviser", "submitted their resignations") is resigning, RETREAT (mode
resign), as "resigned" is. The English lexicon read only the verb "resign", so the handing-in
was coded as nothing (or, by the learned lexicon, as a CONCEDE the classifier dropped). Papers,
reports and a word between the verb and "resignation" that makes it a topic stay no event.
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

RESIGNATIONS = [  # (a sentence, who resigns)
    ("Jatiya Party lawmaker Rafiqul Islam submitted his resignation to the Speaker on Monday, parliament "
     "officials said.", "Rafiqul Islam"),
    ("Two members of the Election Commission submitted their resignations to President Mohammed "
     "Shahabuddin on Sunday.", "Bangladesh Election Commission"),
    ("Health Adviser Nurjahan Begum submitted her resignation letter to the Chief Adviser, the press wing "
     "said.", "Nurjahan Begum"),
    ("Bangladesh Bank Governor Ahsan H Mansur has submitted his resignation to the finance ministry.",
     "Ahsan H. Mansur"),
    ("NCP joint convener Sarwar Tushar submitted a resignation letter to the party convener on Saturday "
     "night.", "Sarwar Tushar"),
    ("Chattogram City Corporation mayor Shahadat Hossain submitted his resignation letter to the Local "
     "Government Division on Wednesday.", "Shahadat Hossain"),
]
NOT_RESIGNATIONS = [
    "The BNP submitted its nomination papers to the Election Commission on Sunday.",
    "The inquiry committee submitted a report on resignation rules to the ministry on Tuesday.",
]


def _events(text: str) -> list:
    return record_of(text, "en").events


@pytest.mark.parametrize("text,name", RESIGNATIONS, ids=range(len(RESIGNATIONS)))
def test_handing_in_a_resignation_is_resigning(text, name):
    coded = [(e.type, e.mode, [a.country for a in e.actors]) for e in _events(text)
             if any(a.name == name for a in e.actors)]
    assert coded == [("RETREAT", "resign", ["BGD"])]


@pytest.mark.parametrize("text", NOT_RESIGNATIONS, ids=range(len(NOT_RESIGNATIONS)))
def test_papers_and_reports_are_no_resignation(text):
    assert [e.type for e in _events(text) if e.type == "RETREAT"] == []
