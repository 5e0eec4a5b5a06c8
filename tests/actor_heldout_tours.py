"""Held-out linking cases on a country in a match report followed by the word for a tour
("ইংল্যান্ড সফরে": on the tour of England), written before the change they test and not tuned
on: the country toured is the place, not its national team; a country that plays stays its
team. Each case returns True when the linker does the right thing; the sentences are written
for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT as _CRICKET, actors_at as link_spans, case_registry, name_of

CASES, case = case_registry()


@case
def bn_tour_of_country():
    t = "ইংল্যান্ড সফরের আগে দল ঘোষণা করেছে ভারত।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "ইংল্যান্ড"), published="2025-05-10")
    return "team" not in name_of(got["ইংল্যান্ড"]) and "England" in name_of(got["ইংল্যান্ড"])


@case
def bn_tour_locative():
    t = "আগামী মাসে পাকিস্তান সফরে যাবে বাংলাদেশ দল।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "পাকিস্তান"), published="2025-05-10")
    return name_of(got["পাকিস্তান"]) == "Pakistan"


@case
def bn_tour_visitor_is_team():
    t = "ভারত সফরে এসে প্রথম ম্যাচেই জিতেছে নিউজিল্যান্ড।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "ভারত"), ("GPE", "নিউজিল্যান্ড"), published="2025-05-10")
    return name_of(got["ভারত"]) == "India" and "team" in name_of(got["নিউজিল্যান্ড"])


@case
def bn_tour_from_country():
    t = "ওয়েস্ট ইন্ডিজ সফর থেকে ফিরেই অবসর নিলেন তিনি।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "ওয়েস্ট ইন্ডিজ"), published="2025-05-10")
    return "team" not in name_of(got["ওয়েস্ট ইন্ডিজ"])


# --- guards: a country that plays is its team
@case
def bn_country_wins():
    t = "শেষ বলে ইংল্যান্ড জিতেছে দুই উইকেটে।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "ইংল্যান্ড"), published="2025-05-10")
    return name_of(got["ইংল্যান্ড"]) == "England national cricket team"


@case
def bn_country_squad():
    t = "সফরের জন্য ১৫ সদস্যের দল ঘোষণা করেছে বাংলাদেশ।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "বাংলাদেশ"), published="2025-05-10")
    return name_of(got["বাংলাদেশ"]) == "Bangladesh national cricket team"
