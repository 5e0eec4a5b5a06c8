"""A ministry named by what it does, whose words are common ones ("খাদ্য মন্ত্রণালয়", "the food
ministry"): the ministry of the country the text gives it, else of the article's country, the
registry's record when it has one. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from actor_fixtures import link_spans


def test_a_bengali_ministry_of_common_words_is_the_articles_countrys():
    text = "সিলেটে বন্যার পর ত্রাণ মন্ত্রণালয় নয়, দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয় রোববার চাল পাঠিয়েছে।"
    got = link_spans(text, "bn", ("ORG", "দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয়"), published="2025-07-06")
    a = got["দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয়"]
    assert a.name == "Ministry of Disaster Management and Relief (Bangladesh)" and a.country == "BGD"


def test_the_registrys_ministry_wins_over_a_provisional_one():
    text = "রাজশাহীতে শিক্ষা মন্ত্রণালয়ের নির্দেশে সব বিদ্যালয় বৃহস্পতিবার বন্ধ থাকবে।"
    got = link_spans(text, "bn", ("ORG", "শিক্ষা মন্ত্রণালয়ের"), published="2025-07-06")
    assert got["শিক্ষা মন্ত্রণালয়ের"].id == "bangladesh-education-ministry"


def test_a_country_named_right_before_owns_the_ministry():
    text = "Nepal's agriculture ministry said on Sunday that the rains had spared most of the rice crop near Dhaka."
    got = link_spans(text, "en", ("ORG", "agriculture ministry"), published="2025-07-06")
    a = got["agriculture ministry"]
    assert a.country == "NPL" and a.name == "Ministry of Agriculture (Nepal)"


def test_a_ministry_of_words_no_list_holds_is_left_alone():
    text = "The mystery ministry in Dhaka said nothing on Sunday."
    got = link_spans(text, "en", ("ORG", "mystery ministry"), published="2025-07-06")
    a = got["mystery ministry"]
    assert a is None or "Bangladesh" not in a.name


def test_an_untagged_ministry_of_a_subject_takes_the_place_of_a_name_inside_it():
    text = "In Dhaka, officials of the Ministry of Liberation War Affairs met veterans across Bangladesh."
    got = link_spans(text, "en", ("GPE", "Dhaka"), ("GPE", "Bangladesh"), published="2025-07-06")
    assert got["Ministry of Liberation War Affairs"].name == "Ministry of Liberation War Affairs (Bangladesh)"
    assert "Liberation War" not in got   # the war's name inside the ministry's is no mention of its own


def test_an_untagged_bengali_ministry_with_a_case_ending_is_found():
    text = "রংপুরে কৃষি মন্ত্রণালয়ের একটি দল সোমবার বাংলাদেশের উত্তরের জেলাগুলো ঘুরে দেখেছে।"
    got = link_spans(text, "bn", ("GPE", "রংপুরে"), ("GPE", "বাংলাদেশের"), published="2025-07-06")
    names = [a.name for s, a in got.items() if s.startswith("কৃষি মন্ত্রণালয়")]
    assert names == ["Ministry of Agriculture (Bangladesh)"]


@pytest.mark.parametrize("subject, bn_subject, registry_id", [
    ("health", "স্বাস্থ্য", "bangladesh-health-ministry"),
    ("law", "আইন", "bangladesh-law-ministry"),
    ("information", "তথ্য", "bangladesh-information-ministry"),
])
def test_a_ministry_by_its_short_subject_is_the_registrys_in_both_languages(subject, bn_subject, registry_id):
    # the registry names these by their full titles ("Ministry of Health and Family Welfare
    # (Bangladesh)"): the short "Ministry of Health (Bangladesh)" untagged_ministry builds is its
    # alias, as the Bengali link-only "স্বাস্থ্য মন্ত্রণালয়" is, never a provisional second ministry
    text = f"The {subject} ministry said on Sunday that offices across Bangladesh will stay open."
    got = link_spans(text, "en", ("GPE", "Bangladesh"), published="2025-07-06")
    assert got[f"{subject} ministry"].id == registry_id
    text = f"ঢাকায় {bn_subject} মন্ত্রণালয়ের কর্মকর্তারা রোববার বাংলাদেশের অফিসের কথা জানান।"
    got = link_spans(text, "bn", ("GPE", "ঢাকায়"), ("GPE", "বাংলাদেশের"), published="2025-07-06")
    assert got[f"{bn_subject} মন্ত্রণালয়ের"].id == registry_id


def test_another_countrys_ministry_the_registry_names_its_own_way_is_the_registrys():
    # the registry's "Ministry of Defence (Russia)" (alias "Russia's Defence Ministry"): "Russia's
    # defence ministry" (no alias in lower case) is it, not a provisional second ministry
    text = "Russia's defence ministry said on Sunday that air defences over Moscow downed drones."
    got = link_spans(text, "en", ("GPE", "Russia"), ("GPE", "Moscow"), published="2025-07-06")
    assert got["defence ministry"].id == "russian-defence-ministry"


def test_a_ministry_after_its_country_is_found_in_a_story_of_no_one_country():
    # two countries named alike: no story country, yet "Russia's" says whose ministry it is
    text = "Russia's defence ministry said on Sunday that troops in Ukraine advanced."
    got = link_spans(text, "en", ("GPE", "Russia"), ("GPE", "Ukraine"), published="2025-07-06")
    assert got["defence ministry"].id == "russian-defence-ministry"
