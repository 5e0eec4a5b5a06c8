"""A place right before the words of an office-holder's office is that place's office, a
government body (`context.place_office`, lang data `context.place_offices`). Sentences written
for the test."""
from __future__ import annotations

from actor_fixtures import link_spans, name_at


def test_a_district_and_its_deputy_commissioners_office_is_the_office():
    text = "শিক্ষকেরা রংপুর জেলা প্রশাসকের কার্যালয়ের সামনে মানববন্ধন করেন।"
    got = name_at(text, "bn", ("ORG", "রংপুর জেলা প্রশাসকের কার্যালয়ের"), published="2025-12-20")
    assert got == "Rangpur Deputy Commissioner's Office"


def test_the_office_is_found_when_the_ner_tags_the_place_alone():
    text = "প্রার্থীরা বরিশাল জেলা প্রশাসকের কার্যালয় থেকে মনোনয়নপত্র নেন।"
    got = link_spans(text, "bn", ("GPE", "বরিশাল"), published="2025-12-20")
    assert {a.name for a in got.values() if a is not None} == {"Barisal Deputy Commissioner's Office"}


def test_the_office_holder_is_no_office():
    text = "রংপুর জেলা প্রশাসক সাংবাদিকদের বলেন, পরীক্ষা সময়মতো হবে।"
    assert "Office" not in name_at(text, "bn", ("GPE", "রংপুর"), published="2025-12-20")


def test_a_metropolitan_police_division_is_written_in_english():
    # lang data name_words: বিভাগ -> Division, not the romanised "Bibhag"
    text = "ডিএমপির রমনা বিভাগের উপকমিশনার বলেন, তদন্ত চলছে।"
    assert name_at(text, "bn", ("LOC", "রমনা বিভাগের"), published="2025-12-20") == "Ramna Division"
