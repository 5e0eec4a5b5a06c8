"""Held-out cases (round 22, issue 9): backing an attack on a country "if" it acts ("ইরান কর্মসূচি
চালিয়ে গেলে দেশটিতে হামলা সমর্থন করবেন") is a warning to that country, not SUPPORT of it; and an
invitation to a function or ceremony is routine, not AGREE (eval/GUIDELINES.md E2). Both came out as
kept events on unlabelled news-dev rows (seeds 31 to 33); the classifier retrained with the written
sentences of `training/events/bn/bnw12-01.jsonl` drops them. Sentences written for this test, none
of them in the training file; a plain pledge of support keeps its SUPPORT."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

NOT_THIS_TYPE = [
    ("ভারত সীমান্তে বাঁধ নির্মাণ চালিয়ে গেলে সেখানে হামলা সমর্থন করবেন বলে জানিয়েছেন পাকিস্তানের প্রধানমন্ত্রী।", "SUPPORT"),
    ("চীন তাইওয়ানে সেনা পাঠালে দ্বীপটির প্রতিরক্ষায় সামরিক অভিযান সমর্থন করবে জাপান, বলেছেন দেশটির প্রতিরক্ষামন্ত্রী।",
     "SUPPORT"),
    ("আফগানিস্তান সীমান্তে হামলা চালালে তালেবানের বিরুদ্ধে অভিযান সমর্থন করবেন বলে জানিয়েছেন পাকিস্তানের সেনাপ্রধান।",
     "SUPPORT"),
    ("ইরান হরমুজ প্রণালী বন্ধ করলে দেশটির বিরুদ্ধে সামরিক পদক্ষেপ সমর্থন করবে সৌদি আরব, জানিয়েছেন দেশটির পররাষ্ট্রমন্ত্রী।",
     "SUPPORT"),
    ("মিয়ানমার আবার সীমান্তে গোলা ছুড়লে পাল্টা হামলা সমর্থন করবেন বলে জানিয়েছেন থাইল্যান্ডের প্রধানমন্ত্রী।", "SUPPORT"),
    ("সম্মেলনের উদ্বোধনী অনুষ্ঠানে বিভিন্ন দেশের রাষ্ট্রদূতদের আমন্ত্রণ জানিয়েছে পররাষ্ট্র মন্ত্রণালয়।", "AGREE"),
]


def _types(text: str) -> list[str]:
    return [e.type for e in record_of(text, "bn").events]


@pytest.mark.parametrize("text, kind", NOT_THIS_TYPE, ids=range(len(NOT_THIS_TYPE)))
def test_conditional_backing_and_routine_invitations_are_not_coded_so(text, kind):
    assert kind not in _types(text)


def test_a_pledge_of_support_stays_support():
    assert "SUPPORT" in _types("রোহিঙ্গা প্রত্যাবাসন নিয়ে জাতিসংঘের প্রস্তাব সমর্থন করবে বাংলাদেশ, জানিয়েছেন পররাষ্ট্র উপদেষ্টা।")
