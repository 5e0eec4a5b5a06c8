"""Held-out cases (round 18, issue 9): a Bengali denial of a news report, a rumour or a claimed fact
("মন্ত্রী হওয়ার খবরটি নাকচ করেছেন ...", denied the report that he would become a minister) is no
REJECT: PLOVER's REJECT refuses an offer, a proposal or a demand, and the gold lists REJECT as a
must-not for a denial of news (dev had one). The refusal of a proposal or an invitation stays
REJECT. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor import lang
from khobor.events.extraction import candidates

DENIALS = [
    "মন্ত্রী হওয়ার খবরটি নাকচ করেছেন বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর।",
    "দলত্যাগের গুজব নাকচ করে দিয়েছেন জামায়াতের আমির শফিকুর রহমান।",
    "নির্বাচন পিছিয়ে যাওয়ার সংবাদ নাকচ করেছে নির্বাচন কমিশন।",
    "বৈঠকে অংশ নেওয়ার বিষয়টি অস্বীকার করেছেন এনসিপির আহ্বায়ক নাহিদ ইসলাম।",
    "ভারতের সঙ্গে গোপন চুক্তির প্রতিবেদন নাকচ করেছে পররাষ্ট্র মন্ত্রণালয়।",
    "প্রার্থিতা প্রত্যাহারের গুজব অস্বীকার করেছেন ঢাকা-৮ আসনের স্বতন্ত্র প্রার্থী।",
]
REFUSALS = [
    "বিএনপির জোটের প্রস্তাব নাকচ করে দিয়েছে জামায়াতে ইসলামী।",
    "সরকারের সংলাপের আমন্ত্রণ প্রত্যাখ্যান করেছে বিএনপি।",
]


def _rejects(text: str) -> list:
    rec = record_of(text, "bn")
    return [e for e in candidates(rec, lang.load("bn")) + rec.events if e.type == "REJECT"]


@pytest.mark.parametrize("text", DENIALS, ids=range(len(DENIALS)))
def test_a_denied_report_is_no_rejection(text):
    assert _rejects(text) == []


@pytest.mark.parametrize("text", REFUSALS, ids=range(len(REFUSALS)))
def test_a_refused_proposal_stays_a_rejection(text):
    assert _rejects(text) != []
