"""Held-out cases (round 19, issue 9): a Bengali want verb after an infinitive tells a wish or an
aim of the subject, not a request to anyone: "দেখাতে চেয়েছি" (we wanted to show), "প্রার্থী দিতে
চেয়েছে" (wanted to field a candidate). The coder read the bare want verb as REQUEST (one false
event on dev, one in unlabelled news-dev rows). Asking someone for something keeps its noun
before the verb ("জাপানের কাছে সহায়তা চেয়েছে", sought Japan's help) and stays a REQUEST.
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor import lang
from khobor.events.extraction import candidates

WISHES = [
    "জাতীয় পার্টি এই নির্বাচনে বেশি আসনে প্রার্থী দিতে চেয়েছিল বলে জানান দলের চেয়ারম্যান জি এম কাদের।",
    "বিএনপি এই আসনে একজন তরুণ প্রার্থী দিতে চেয়েছে বলে জানিয়েছেন দলের মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর।",
    "জামায়াতে ইসলামী সব আসনে নিজেদের প্রার্থী রাখতে চেয়েছিল বলে জানান দলের এক নেতা।",
    "এনসিপি তাদের নতুন নেতাদের মানুষের কাছে তুলে ধরতে চেয়েছে বলে জানিয়েছেন নাহিদ ইসলাম।",
    "অন্তর্বর্তী সরকার ফেব্রুয়ারিতেই নির্বাচন আয়োজন করতে চেয়েছে বলে জানিয়েছেন প্রেস সচিব শফিকুল আলম।",
    "গণ অধিকার পরিষদ তাদের নতুন নেতাদের মানুষের কাছে পরিচিত করাতে চেয়েছে বলে জানান নুরুল হক নুর।",
]
REQUESTS = [
    "বন্যার্তদের জন্য জাপানের কাছে সহায়তা চেয়েছে বাংলাদেশ সরকার।",
    "বিএনপি সরকারের কাছে হামলার বিচার চেয়েছে।",
]


def _requests(text: str) -> list:
    rec = record_of(text, "bn")
    return [e for e in candidates(rec, lang.load("bn")) + rec.events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", WISHES, ids=range(len(WISHES)))
def test_a_wish_to_do_is_no_request(text):
    assert _requests(text) == []


@pytest.mark.parametrize("text", REQUESTS, ids=range(len(REQUESTS)))
def test_asking_someone_for_something_stays_a_request(text):
    assert _requests(text) != []
