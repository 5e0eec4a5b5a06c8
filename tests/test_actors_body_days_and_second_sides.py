"""A body's day ("বিজিবি দিবস": BGB Day) is an event, not the body (`context.body_part`); a
country's second side by its letter ("বাংলাদেশ ‘এ’": Bangladesh A) is that team, not the country
(`context.country_second_side`). Sentences written for the test."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, link_spans, name_at


def test_a_forces_day_is_the_day_named_by_its_acronym():
    text = "বিজিবি দিবস উপলক্ষে সদর দপ্তরে কুচকাওয়াজ হয়।"
    got = link_spans(text, "bn", ("ORG", "বিজিবি"), published="2025-12-20")
    assert {s: a.name for s, a in got.items()} == {"বিজিবি দিবস": "BGB Day"}


def test_a_day_with_a_case_ending_is_the_day_too():
    text = "র‍্যাব দিবসে আলোচনা সভা হয়।"
    assert name_at(text, "bn", ("ORG", "র‍্যাব"), published="2025-12-20") == "RAB Day"


def test_the_body_alone_stays_the_body():
    text = "সীমান্তে বিজিবি টহল জোরদার করেছে।"
    assert name_at(text, "bn", ("ORG", "বিজিবি"), published="2025-12-20") == "Border Guard Bangladesh"


def test_a_day_the_registry_knows_stays_the_registrys():
    text = "সশস্ত্র বাহিনী দিবসে সংবর্ধনা দেওয়া হয়।"
    assert name_at(text, "bn", ("EVT", "সশস্ত্র বাহিনী দিবসে"), published="2025-11-21").startswith("Armed Forces Day")


def test_a_country_and_a_quoted_letter_is_its_second_side():
    text = "গত মাসে বাংলাদেশ ‘এ’ দলের হয়ে তিনি ১১ উইকেট নেন।" + CRICKET_REPORT
    assert name_at(text, "bn", ("GPE", "বাংলাদেশ"), published="2025-12-20") == "Bangladesh A"


def test_an_unquoted_letter_before_a_word_for_a_side_is_the_second_side_too():
    text = "ভারত এ দলের অধিনায়ক সংবাদ সম্মেলনে আসেন।"
    assert name_at(text, "bn", ("GPE", "ভারত"), published="2025-12-20") == "India A"


def test_the_letter_alone_is_a_word_of_the_sentence():
    # "বাংলাদেশ এ বছর": Bangladesh this year
    text = "বাংলাদেশ এ বছর রপ্তানিতে ভালো করেছে।"
    assert name_at(text, "bn", ("GPE", "বাংলাদেশ"), published="2025-12-20") == "Bangladesh"


def test_the_police_headquarters_is_a_body_of_its_own():
    # the registry's (data/actors/overlay/institutions.yaml), not the force
    text = "পুলিশ সদর দপ্তরের এক কর্মকর্তা বলেন, তদন্ত চলছে।"
    got = name_at(text, "bn", ("ORG", "পুলিশ সদর দপ্তরের"), published="2025-12-20")
    assert got == "Bangladesh Police Headquarters"


def test_a_forces_headquarters_is_named_by_its_acronym():
    text = "বিজিবি সদর দফতরে সংবাদ সম্মেলন হয়।"
    assert name_at(text, "bn", ("ORG", "বিজিবি"), published="2025-12-20") == "BGB Headquarters"
