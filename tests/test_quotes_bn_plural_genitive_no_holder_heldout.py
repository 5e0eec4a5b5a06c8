"""Held-out cases (issue 10, round 27 re-read): a title followed by a plural in the genitive before
a statement noun ("প্রধান উপদেষ্টা শিক্ষার্থীদের দাবি মেনে নেওয়ার আশ্বাস দেন") names a group the
title's holder speaks about, not the holder's name. `genitive_holder_before_statement` took the
stem of such a plural for a person ("শিক্ষার্থীদ"), made a provisional actor of it and cut the
quote mid-word. A plural genitive (`plural_genitive_endings`) is nobody's name.

Found by the round-27 path reviewer (rv27b). Sentences written for this file (no newspaper text).
Before the fix all 7 cases fail (60846465), after none; the 3 controls pass before and after. A
title run on into a plural as one speaker ("ওসি স্বজনদের অভিযোগ তদন্তের আশ্বাস দেন" gave the speaker
"ওসি স্বজনদের") ends before the plural since round 31 (rule title_before_group): the "কথা জানান"
controls, reported since then, keep the holder apart.
"""
from __future__ import annotations

import unicodedata

import pytest

from quote_fixtures import quotes_of

CASES = [
    ("সভায় প্রধান উপদেষ্টা শিক্ষার্থীদের দাবি মেনে নেওয়ার আশ্বাস দেন।", "শিক্ষার্থীদ"),
    ("জেলা প্রশাসক কৃষকদের অভিযোগ খতিয়ে দেখার আশ্বাস দিয়েছেন।", "কৃষকদ"),
    ("বৈঠকে শিক্ষা উপদেষ্টা অভিভাবকদের দাবি পূরণের আশ্বাস দেন।", "অভিভাবকদ"),
    ("উপজেলা নির্বাহী কর্মকর্তা জেলেদের দাবি বিবেচনার আশ্বাস দেন।", "জেলেদ"),
    ("উপাচার্য আন্দোলনকারীদের দাবি মেনে পরীক্ষা পেছানোর ঘোষণা দেন।", "আন্দোলনকারীদ"),
    ("সংবাদ সম্মেলনে পরিবেশ উপদেষ্টা বাসিন্দাদের অভিযোগ তদন্তের আশ্বাস দেন।", "বাসিন্দাদ"),
    ("মতবিনিময় সভায় জেলা প্রশাসক শ্রমিকদের দাবি মালিকপক্ষকে জানানোর আশ্বাস দেন।", "শ্রমিকদ"),
]

# controls: the same shape that no rule misread before either
CONTROLS = [
    ("পরিদর্শনে গিয়ে স্বাস্থ্য উপদেষ্টা চিকিৎসকদের অভিযোগ শোনার কথা জানান।", "চিকিৎসকদ"),
    ("সমাবেশে মহাসচিব নেতাকর্মীদের বক্তব্য শোনার পর কর্মসূচি ঘোষণা করেন।", "নেতাকর্মীদ"),
    ("বৈঠকে স্বরাষ্ট্র উপদেষ্টা ব্যবসায়ীদের দাবি বিবেচনার কথা জানান।", "ব্যবসায়ীদ"),
]


@pytest.mark.parametrize("text,stem", CASES + CONTROLS)
def test_a_plural_genitive_is_no_holder_name(text, stem):
    for quote in quotes_of(text, "bn"):
        speaker = quote.speaker.text if quote.speaker else ""
        assert unicodedata.normalize("NFC", stem) not in speaker, (speaker, quote.text)
        assert not quote.text.startswith("ের"), quote.text
