"""A registry body's numbered unit (issue 10): "র‍্যাব-১১", "RAB-11" is the unit, a body of its own,
not the Rapid Action Battalion as a whole. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from actor_fixtures import link_spans


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
