"""A definite description after no named speaker (issue 10, round 33): "the officer-in-charge
said" went to a person brought in with another office ("ward-level leader X") or named as a
sentence's subject, though the text meant somebody it never names.

Rules (khobor.quotes.attribution): `office_agrees` keeps `described_subject` from a person whose
title holds no word of the description's office (a generic title of the pack, "the BNP leader",
still points back); `unnamed_speaker_goes_on` keeps the unnamed title that spoke just before
("Motijheel Police Station OC told ... . '...,' the OC said.") as the speaker, unnamed.

Sentences written for this file (no newspaper text). Before the change the 2 cases fail, after
none; the 2 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Clash at the campus: 20 held"
CASES = [
    ("Police detained 20 people after the clash. Among those held is Chhatra Dal's ward-level leader "
     "Md Jewel Uddin, 29. A case will be filed with Panchlaish Police Station, the officer-in-charge said.",
     "A case will be filed", None),
    ("Mahfuzur Rahman Shuvo, a student leader, was arrested on Sunday. Motijheel Police Station OC later "
     "told reporters that Shuvo had been detained over a theft case. \"The case has nothing to do with "
     "politics,\" the OC said.", "nothing to do with politics", None),
]

# controls: a description of the office the person was named with, and a generic title, point back
CONTROLS = [
    ("Home Adviser Jahangir Alam Chowdhury visited the camp on Monday. The adviser said the police "
     "would stay until the vote.", "the police would stay", "Jahangir Alam Chowdhury"),
    ("BNP standing committee member Salahuddin Ahmed announced the programme on Monday. The BNP leader "
     "said the rally would go ahead.", "the rally would go ahead", "Salahuddin Ahmed"),
]


@pytest.mark.parametrize("body,fragment,speaker", CASES + CONTROLS)
def test_a_description_names_whom_its_office_fits(body, fragment, speaker):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert len(quotes) == 1
    sp = quotes[0].speaker
    if speaker is None:
        assert sp is None or sp.actor is None
        return
    assert sp is not None and sp.actor is not None and sp.actor.name == speaker
