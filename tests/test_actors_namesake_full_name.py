"""Famous namesakes (issue 10): a private last name word after a famous name, or a private role
in apposition, makes the name another person's. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from actor_fixtures import actors_at, link_spans


@pytest.mark.parametrize("text, code, short, full", [
    ("The farmer's mother, Hasina Begum, wept at the gate, relatives said.", "en", "Hasina", "Hasina Begum"),
    ("নিহত কৃষকের মা হাসিনা বেগম কাঁদছিলেন বলে স্বজনেরা জানান।", "bn", "হাসিনা", "হাসিনা বেগম"),
])
def test_a_private_last_name_word_after_a_famous_name_is_another_person(text, code, short, full):
    got = link_spans(text, code, ("PER", short), published="2025-03-10")
    (a,) = [a for surface, a in got.items() if surface.startswith(short)]
    assert a is not None and a.provisional and a.id.startswith("new:")
    assert full in got


def test_the_famous_name_itself_keeps_its_link():
    text = "Former prime minister Sheikh Hasina spoke from Delhi on Monday, her party said."
    got = link_spans(text, "en", ("PER", "Sheikh Hasina"), published="2025-03-10")
    assert got["Sheikh Hasina"] is not None and got["Sheikh Hasina"].id == "sheikh-hasina"


def test_a_child_in_apposition_is_not_the_chief_adviser():
    text = "The dead were Nur Kamal, 35, and Mohammad Yunus, a boy of four who lived in the camp."
    got = link_spans(text, "en", ("PER", "Nur Kamal"), ("PER", "Mohammad Yunus"), published="2025-03-10")
    assert got["Mohammad Yunus"] is not None and got["Mohammad Yunus"].provisional


@pytest.mark.parametrize("text, code, name", [
    ("শেখ হাসিনা বেগম রোকেয়া পদক তুলে দেন বলে অনুষ্ঠানের আয়োজকেরা জানান।", "bn", "শেখ হাসিনা"),
    ("প্রধানমন্ত্রী শেখ হাসিনা বেগম রোকেয়া দিবসে পদক দেন।", "bn", "শেখ হাসিনা"),
    ("Prime Minister Sheikh Hasina Begum Rokeya Padak winners were named on Sunday.", "en", "Sheikh Hasina"),
])
def test_a_word_that_opens_a_further_name_or_a_title_keeps_the_famous_link(text, code, name):
    got = link_spans(text, code, ("PER", name), published="2020-12-09")
    assert got[name] is not None and got[name].id == "sheikh-hasina"


def test_a_surname_spelled_another_way_keeps_a_person_whose_name_has_one():
    """Farida Akhter's forms carry আখতার; "ফরিদা আক্তার" is her surname spelled another way (the
    mention the NER cut to "ফরিদা" is read whole, `full_name_around`: the entity over it is hers)."""
    text = ("মৎস্য ও প্রাণিসম্পদ উপদেষ্টা ফরিদা আখতার সোমবার খুলনা সফর করেন। "
            "পরে ফরিদা আক্তার সাংবাদিকদের বলেন, উপকূলে মাছ ধরা বন্ধ থাকবে।")
    got = actors_at(text, "bn", ("PER", "ফরিদা আখতার"), ("PER", "ফরিদা", 2), published="2025-03-10")
    assert got["ফরিদা"] is not None and got["ফরিদা"].id == "farida-akhter"
