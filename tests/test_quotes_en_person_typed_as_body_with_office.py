"""A person the NER typed as an organisation, set off before an office (issue 10, round 32):
'"...," said Rafiq Karim, managing director of a rolling mill. He said output had halved.' With
ORG "Rafiq Karim", the chain held a body and "He" found nobody.

Rule `office_set_off_after` (khobor.quotes.attribution, through person_typed_as_body): a name
typed ORG that a comma sets off before one person's office (a title of the pack's, not plural) is
a person, so "he said" after it continues with that name.

Entities are placed by hand (the NER's mistake is the case). Sentences written for this file (no
newspaper text). Before the change the case fails, after none; the control passes before and
after.
"""
from __future__ import annotations

import unicodedata

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.record import Actor, Entity, Record, record_id

RAFIQ = Actor(id="new:rafiq-karim", name="Rafiq Karim", provisional=True)
MILLS = Actor(id="new:karim-mills", name="Karim Mills", provisional=True)


def _speaker_of(text: str, surface: str, actor: Actor, fragment: str):
    text = unicodedata.normalize("NFC", text)
    pos = text.index(surface)
    rec = Record(id=record_id(text), text=text, language="en", published="2024-03-01",
                 entities=[Entity(text=surface, start=pos, end=pos + len(surface), type="ORG", actor=actor)])
    quotes.run(rec, lang.load("en"))
    (q,) = [q for q in rec.quotes if fragment in q.text]
    return q.speaker


def test_a_name_typed_org_before_an_office_is_a_person_for_he():
    sp = _speaker_of('Mills cut shifts this week. "We cannot run the furnaces," said Rafiq Karim, managing '
                     'director of a rolling mill. He said output had halved in January.',
                     "Rafiq Karim", RAFIQ, "output had halved")
    assert sp is not None and sp.actor is not None and sp.actor.id == RAFIQ.id


def test_a_body_set_off_before_no_office_is_no_he():
    # (a body described by no office: "he" is nobody the chain holds)
    sp = _speaker_of('Mills cut shifts this week. "We cannot run the furnaces," said Karim Mills, a family '
                     'firm from the port city. He said output had halved in January.',
                     "Karim Mills", MILLS, "output had halved")
    assert sp is None or sp.actor is None or sp.actor.id != MILLS.id
