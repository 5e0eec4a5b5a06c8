"""Held-out cases (round 18, issue 9), Bengali (and English for 1):

1. A party the registry does not know (a local leader, a protester named once) acting alone
   (resigning, protesting) was dropped, since no side of the event had a country before the
   defaults ran; it is read as of the article's country (`home_country_for_unplaced`, at the
   pack's lower confidence, for the acts of speakers, protesters and those who leave:
   `home_country_types`), as the defaults read it for every other event. Measured anew: dev bn
   events P .908 -> .923, R .518 -> .525 (the old note measured a weaker classifier).
2. An event word the NER took for a one-word name (a provisional actor, "পদত্যাগ" read as a person
   and spread over the article) is the event, not a party (coder.trigger_taken_for_a_name).
Sentences written for this test."""
from __future__ import annotations

import pytest

from khobor.ingest.jsonl import row_to_article
from khobor.pipeline import process
from khobor.record import Actor
from test_events import A, code, make

PLACE = " সোমবার ঢাকায় এ ঘটনা ঘটে।"
ALONE = [  # (sentence, the type its unregistered actor's event has)
    ("দলের সিদ্ধান্তের প্রতিবাদে যুগ্ম আহ্বায়ক আবুল কাশেম মোল্লা পদত্যাগ করেছেন।", "RETREAT"),
    ("জোটের সিদ্ধান্তে ক্ষুব্ধ হয়ে সদস্যসচিব রফিকুল ইসলাম বাবলু দল থেকে পদত্যাগ করেছেন।", "RETREAT"),
    ("হত্যার বিচার দাবিতে শাহবাগে বিক্ষোভ করেছেন নিহতের ভাই সাইফুল ইসলাম রনি।", "PROTEST"),
    ("বিচারের দাবিতে জাতীয় প্রেসক্লাবের সামনে মানববন্ধন করেছেন আহত শিক্ষার্থী মেহেদী হাসান শুভ।", "PROTEST"),
    ("নেতৃত্বের সঙ্গে মতবিরোধের কারণে সাংগঠনিক সম্পাদক নাজমুল হক সুমন পদত্যাগ করেছেন।", "RETREAT"),
    ("ভাইয়ের হত্যার বিচার চেয়ে প্রেসক্লাবের সামনে বিক্ষোভ করেছেন ব্যবসায়ী আনোয়ার হোসেন মিলন।", "PROTEST"),
    ("চাকরি স্থায়ীকরণের দাবিতে সচিবালয়ের সামনে মানববন্ধন করেছেন স্বাস্থ্যকর্মী রোকসানা পারভীন লাকি।", "PROTEST"),
]
NOTHING = [  # an unregistered person in no event stays out of the record
    "দীর্ঘ অসুস্থতার পর মারা গেছেন প্রবীণ শিক্ষক আবদুল লতিফ মিয়া।",
    "কবি নাসরিন জাহান লিপির নতুন কবিতার বই প্রকাশিত হয়েছে।",
]


def _events(text: str) -> list:
    row = {"title": "", "text": text + PLACE, "language": "bn", "url": "http://example.org/a"}
    return process(row_to_article(row, "t#1")).events


@pytest.mark.parametrize("text,etype", ALONE, ids=range(len(ALONE)))
def test_an_unregistered_party_acting_alone_is_of_the_home_country(text, etype):
    assert [(e.type, e.actors[0].country) for e in _events(text) if e.type == etype] != []
    assert all(a.country == "BGD" for e in _events(text) for a in e.actors if a.sector != "UAF")


@pytest.mark.parametrize("text", NOTHING, ids=range(len(NOTHING)))
def test_an_unregistered_person_in_no_event_stays_out(text):
    assert _events(text) == []


NAMED_TRIGGERS = [  # (sentence, the event word the NER took for a name, the registered party, type)
    ("বিএনপি থেকে পদত্যাগ করেছেন আওয়ামী লীগের সাবেক নেতা।", "পদত্যাগ", ("আওয়ামী লীগের", "awami"), "RETREAT"),
    ("ঢাকায় বিএনপি বিক্ষোভ করেছে।", "বিক্ষোভ", ("বিএনপি", "bnp"), "PROTEST"),
    ("বিএনপির নেতাকর্মীরা প্রেসক্লাবের সামনে অনশন করেছেন।", "অনশন", ("বিএনপির", "bnp"), "PROTEST"),
    ("আওয়ামী লীগের কার্যালয়ে হামলা চালিয়েছে বিএনপির কর্মীরা।", "হামলা", ("বিএনপির", "bnp"), "ASSAULT"),
    ("বিএনপির নেতাকর্মীরা শাহবাগে মানববন্ধন করেছেন।", "মানববন্ধন", ("বিএনপির", "bnp"), "PROTEST"),
    ("বিএনপির নেতাকর্মীরা মহাসড়ক অবরোধ করেছেন।", "অবরোধ", ("বিএনপির", "bnp"), "PROTEST"),
]


@pytest.mark.parametrize("text,word,party,etype", NAMED_TRIGGERS, ids=range(len(NAMED_TRIGGERS)))
def test_an_event_word_taken_for_a_name_is_still_the_event(text, word, party, etype):
    A["taken"] = Actor(id="new:taken-for-a-name", name="Padtag", country=None)
    names = sorted([(word, "taken", "PER"), (party[0], party[1], "ORG")], key=lambda n: text.index(n[0]))
    rec = code(make(text, "bn", names))
    assert [e.type for e in rec.events if e.type == etype] == [etype]
    assert all(a.id != "new:taken-for-a-name" for e in rec.events for a in e.actors + e.recipients)


PLACE_EN = " The incident took place in Dhaka."
ALONE_EN = [
    ("Joint convener Abul Kashem Molla resigned from the party on Monday in protest at the alliance decision.",
     "RETREAT"),
    ("Organising secretary Nazmul Haque Suman resigned on Wednesday, citing differences with the leadership.",
     "RETREAT"),
    ("Joint secretary Tawhidul Alam Chapal resigned from the party on Monday over the seat-sharing deal.", "RETREAT"),
    ("Publicity secretary Mahbubur Rahman Titu resigned from the committee on Sunday.", "RETREAT"),
    ("Assistant secretary Rokeya Sultana Mitu resigned from all party posts on Tuesday.", "RETREAT"),
    ("Student leader Tanvir Ahmed Sajid staged a protest at Shahbagh on Wednesday demanding justice.", "PROTEST"),
    ("Local leader Abdur Rahim Sarker rejected the allegation on Tuesday, calling it baseless.", "REJECT"),
]


def _events_en(text: str) -> list:
    row = {"title": "", "text": text + PLACE_EN, "language": "en", "url": "http://example.org/a"}
    return process(row_to_article(row, "t#1")).events


@pytest.mark.parametrize("text,etype", ALONE_EN, ids=range(len(ALONE_EN)))
def test_english_an_unregistered_party_acting_alone_is_of_the_home_country(text, etype):
    assert [e.actors[0].country for e in _events_en(text) if e.type == etype] == ["BGD"]


def test_english_an_unregistered_person_in_no_event_stays_out():
    assert _events_en("Retired teacher Abdul Latif Mia died on Monday after a long illness.") == []
