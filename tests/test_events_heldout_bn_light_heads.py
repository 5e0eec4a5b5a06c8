"""Held-out cases (round 19, issue 9): "এনেছে" (brought), a head the learned Bengali lexicon took
from "অভিযোগ এনেছে" (brought a charge), names no event on its own: "পরিবর্তন এনেছে" (brought
changes), "নতুন সুবিধা এনেছে" (introduced a new service) were coded ACCUSE, on an unlabelled
news-dev row too. The hand-written phrase "অভিযোগ এনেছে" is longer and stays an ACCUSE.
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor import lang
from khobor.events.extraction import candidates

NO_EVENT = [
    "নির্বাচন কমিশন আচরণবিধিতে কয়েকটি পরিবর্তন এনেছে।",
    "সরকার শ্রম আইনে বড় সংশোধন এনেছে বলে জানান শ্রম উপদেষ্টা এম সাখাওয়াত হোসেন।",
    "বাংলাদেশ ব্যাংক এবারের মুদ্রানীতিতে কিছু পরিবর্তন এনেছে।",
    "এনসিপি তাদের প্রার্থী তালিকায় শেষ মুহূর্তে বেশ কিছু নতুন মুখ এনেছে বলে জানান দলের মুখপাত্র।",
    "বাংলাদেশ পুলিশ এবছর নতুন রঙের পোশাক এনেছে বলে জানিয়েছেন আইজিপি বাহারুল আলম।",
    "জাতীয় রাজস্ব বোর্ড আয়কর রিটার্ন জমায় অনলাইনে নতুন সুবিধা এনেছে।",
]
CHARGES = [
    "দুর্নীতি দমন কমিশন সাবেক মন্ত্রীর বিরুদ্ধে অর্থ আত্মসাতের অভিযোগ এনেছে।",
    "নির্বাচন কমিশন দুই প্রার্থীর বিরুদ্ধে আচরণবিধি ভাঙার অভিযোগ এনেছে।",
]


def _events(text: str) -> list:
    rec = record_of(text, "bn")
    return candidates(rec, lang.load("bn")) + rec.events


@pytest.mark.parametrize("text", NO_EVENT, ids=range(len(NO_EVENT)))
def test_brought_alone_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", CHARGES, ids=range(len(CHARGES)))
def test_a_charge_brought_stays_an_accusation(text):
    assert "ACCUSE" in {e.type for e in _events(text)}
