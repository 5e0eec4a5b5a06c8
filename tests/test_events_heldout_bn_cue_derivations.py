"""Held-out cases: a word derived from a comment cue's stem ("উল্লেখযোগ্যভাবে", significantly;
"নিন্দাজনক", condemnable; "প্রতিবাদী", protesting) is no comment on the act before it, so the act
keeps its actor (lang data `comment_cue_derivations`; review of round 25: the describing cue
"উল্লেখ" had begun to match "উল্লেখযোগ্যভাবে" and drop the act's actor). Sentences written for this
file, not taken from any article; the controls keep a real comment a comment."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

CASES = [
    ("রাশিয়া গত সপ্তাহে ইউক্রেনে হামলা উল্লেখযোগ্যভাবে বাড়িয়েছে।", "ASSAULT", "Russia"),
    ("ইসরায়েল গত মাসে গাজায় বিমান হামলা উল্লেখযোগ্য হারে বাড়িয়েছে।", "ASSAULT", "Israel"),
    ("ভারত সীমান্তে সৈন্য মোতায়েন উল্লেখযোগ্যভাবে বাড়িয়েছে বলে জানা গেছে।", "MOBILIZE", "India"),
    ("মিয়ানমারের সেনাবাহিনী রাখাইনে হামলা উল্লেখযোগ্য মাত্রায় জোরদার করেছে।", "ASSAULT", "Tatmadaw"),
    ("পাকিস্তান আফগান সীমান্তে বিমান হামলা উল্লেখযোগ্যভাবে বাড়িয়ে দিয়েছে।", "ASSAULT", "Pakistan"),
    ("রাশিয়া খারকিভে ড্রোন হামলা উল্লেখযোগ্যভাবে জোরদার করেছে বলে কিয়েভ জানিয়েছে।", "ASSAULT", "Russia"),
]


@pytest.mark.parametrize("text,etype,actor", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_a_derived_word_is_no_comment(text, etype, actor):
    events = events_of_type(text, "bn", etype)
    assert any(actor in {a.name for a in e.actors} for e in events), events


def test_a_real_comment_still_keeps_the_commenter_out():
    # control: "উল্লেখ করেন" (mentioned) describes the act; the describer did not attack
    text = "জাতিসংঘ মহাসচিব গাজায় হামলাকে মানবিক বিপর্যয় বলে উল্লেখ করেন।"
    assert not any(a.name in {"United Nations", "António Guterres"}
                   for e in events_of_type(text, "bn", "ASSAULT") for a in e.actors)
