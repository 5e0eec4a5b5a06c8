"""A registry body's numbered unit (issue 10): "র‍্যাব-১১", "RAB-11" is the unit, a body of its own,
not the Rapid Action Battalion as a whole. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from actor_fixtures import actors_at, link_spans


@pytest.mark.parametrize("text, code, unit", [
    ("র‍্যাব-১১-এর একটি দল শুক্রবার রাতে নরসিংদী থেকে দুজনকে গ্রেপ্তার করে।", "bn", "র‍্যাব-১১"),
    ("A team of RAB-11 arrested two men in Narsingdi on Friday night.", "en", "RAB-11"),
    ("র‍্যাব-১১র একটি দল শুক্রবার রাতে নরসিংদী থেকে দুজনকে গ্রেপ্তার করে।", "bn", "র‍্যাব-১১"),   # a case ending glued on
])
def test_a_body_with_a_hyphened_number_is_its_numbered_unit(text, code, unit):
    got = link_spans(text, code, ("GPE", "নরসিংদী" if code == "bn" else "Narsingdi"), published="2025-03-10")
    a = got[unit]
    assert a is not None and a.name == "RAB-11" and a.country == "BGD" and a.provisional


def test_the_body_without_a_number_stays_the_body():
    text = "র‍্যাব জানায়, শুক্রবার রাতে নরসিংদী থেকে দুজনকে গ্রেপ্তার করা হয়।"
    got = link_spans(text, "bn", ("GPE", "নরসিংদী"), published="2025-03-10")
    assert got["র‍্যাব"] is not None and got["র‍্যাব"].id == "rab"


def test_a_year_after_a_body_is_no_unit():
    """"বিপিএল-২০২৫": the league's 2025 season, not a unit "BPL-2025" of the league."""
    text = "বিপিএল-২০২৫ এর প্রথম ম্যাচে রংপুর রাইডার্স জিতেছে।"
    got = link_spans(text, "bn", ("ORG", "বিপিএল"), published="2025-03-10")
    assert "বিপিএল" in got and got["বিপিএল"].id == "bangladesh-premier-league", got


@pytest.mark.parametrize("text, place, unit", [
    ("টেকনাফ-২ বিজিবির অধিনায়ক শনিবার সাংবাদিকদের ঘটনাটি জানান।", "টেকনাফ-২", "Teknaf-2 BGB"),
    ("রংপুর-৫১ বিজিবির অধিনায়ক বলেন, পতাকা বৈঠক হবে।", "রংপুর-৫১", "Rangpur-51 BGB"),
])
def test_a_numbered_place_before_a_force_is_the_force_unit(text, place, unit):
    """"টেকনাফ-২ বিজিবি": the border force's battalion numbered by its place, not a place Teknaf-2
    beside Border Guard Bangladesh."""
    got = actors_at(text, "bn", ("LOC", place), ("ORG", "বিজিবির"), published="2025-05-10")
    a = got[place]
    assert a is not None and a.name == unit and a.country == "BGD" and a.provisional, got


def test_a_seat_before_a_party_stays_the_seat_and_the_party():
    """"ঢাকা-৮ বিএনপির প্রার্থী": the seat's candidate of the party; a party has no numbered units."""
    text = "ঢাকা-৮ বিএনপির প্রার্থী শনিবার মনোনয়নপত্র জমা দেন।"
    got = actors_at(text, "bn", ("LOC", "ঢাকা-৮"), ("ORG", "বিএনপির"), published="2025-05-10")
    assert got["বিএনপির"] is not None and got["বিএনপির"].id == "bnp", got
    assert got["ঢাকা-৮"] is not None and "BNP" not in got["ঢাকা-৮"].name, got


def test_a_force_number_in_brackets_names_the_unit_before_it():
    """"চুয়াডাঙ্গা ব্যাটালিয়নের (৬ বিজিবি)": the battalion is the numbered unit the bracket names."""
    text = "চুয়াডাঙ্গা ব্যাটালিয়নের (৬ বিজিবি) অধিনায়ক লেফটেন্যান্ট কর্নেল ঘটনাটি নিশ্চিত করেন।"
    got = actors_at(text, "bn", ("ORG", "চুয়াডাঙ্গা ব্যাটালিয়নের"), ("ORG", "বিজিবি"), published="2025-05-10")
    assert got["চুয়াডাঙ্গা ব্যাটালিয়নের"] is not None, got
    assert got["চুয়াডাঙ্গা ব্যাটালিয়নের"].name == "Chuadanga Battalion (6 BGB)", got
    assert got["বিজিবি"] is not None and got["বিজিবি"].id == "bgb", got
