"""Held-out cases (round 46, issue 9): a clash told only as the clash of "two sides" ("দুই পক্ষের
সংঘর্ষে" = in a clash of two sides) names no party but the sides themselves: a party's own factions
("বিএনপির দুই পক্ষের সংঘর্ষে" = in a clash of two sides of the BNP) clash, that party on both sides
(sides_of_a_clash); unnamed sides of a local feud are the rival sides, of the article's country
(GUIDELINES E5: a domestic event). The events were lost for want of a party (dev: nomination feuds
inside a party, land feuds). Sentences written for this test."""
from __future__ import annotations

from event_fixtures import events_after_home_lead, record_of


def _actors(events, etype: str = "ASSAULT") -> list[set]:
    return [{a.name for a in ev.actors} for ev in events if ev.type == etype]


def test_the_factions_of_a_party_clash():
    text = "মনোনয়ন নিয়ে বিরোধের জেরে জামায়াতের দুই পক্ষের সংঘর্ষে অন্তত আটজন আহত হয়েছেন।"
    assert {"Bangladesh Jamaat-e-Islami"} in _actors(record_of(text, "bn").events)


def test_the_groups_of_a_party_clash_between_themselves():
    text = "দলীয় পদ নিয়ে বিএনপির দুই গ্রুপের মধ্যে সংঘর্ষে একজন নিহত হয়েছেন।"
    assert {"Bangladesh Nationalist Party"} in _actors(record_of(text, "bn").events)


def test_unnamed_sides_of_a_feud_are_of_the_home_country():
    events = events_after_home_lead("bn", "পুকুরের দখল নিয়ে দুই পক্ষের সংঘর্ষে এক দিনমজুর নিহত হয়েছেন।")
    found = [ev for ev in events if ev.type == "ASSAULT"]
    assert found and all(a.country == "BGD" for ev in found for a in ev.actors + ev.recipients)


def test_two_sides_in_court_do_not_clash():
    text = "শুনানিতে দুই পক্ষের আইনজীবীরা যুক্তি তুলে ধরেন।"
    assert _actors(record_of(text, "bn").events) == []


def test_two_vehicles_colliding_are_no_sides():
    text = "মহাসড়কে বাস ও ট্রাকের মুখোমুখি সংঘর্ষে দুজন নিহত হয়েছেন।"
    assert _actors(record_of(text, "bn").events) == []
