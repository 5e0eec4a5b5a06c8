"""Held-out linking cases on a country in the genitive right before a player's name in a match
report ("নিউজিল্যান্ডের কেন উইলিয়ামসন", "Sri Lanka's Kusal Mendis"): the country is the player's
own (DECISIONS N13), a place, not its national team; a country that plays stays its team.
Written before the change they test and not tuned on; each case returns True when the linker
does the right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT as _CRICKET, actors_at as link_spans, case_registry, name_of

CASES, case = case_registry()

# the match report of `CRICKET_REPORT` in English
_CRICKET_EN = " He took five wickets in the first innings, and the batter scored a fifty off the bowler."


@case
def bn_country_before_batter():
    t = "তালিকায় তিনে আছেন নিউজিল্যান্ডের রস টেলর।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "নিউজিল্যান্ডের"), ("PER", "রস টেলর"), published="2025-05-10")
    return name_of(got["নিউজিল্যান্ডের"]) == "New Zealand"


@case
def bn_team_place_before_bowler():
    t = "সেরা বোলার হয়েছেন ইংল্যান্ডের জেমস অ্যান্ডারসন।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "ইংল্যান্ডের"), ("PER", "জেমস অ্যান্ডারসন"), published="2025-05-10")
    return "team" not in name_of(got["ইংল্যান্ডের"])


@case
def bn_two_word_country_before_player():
    t = "দ্বিতীয় স্থানে দক্ষিণ আফ্রিকার এবি ডি ভিলিয়ার্স।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "দক্ষিণ আফ্রিকার"), ("PER", "এবি ডি ভিলিয়ার্স"), published="2025-05-10")
    return name_of(got["দক্ষিণ আফ্রিকার"]) == "South Africa"


@case
def en_possessive_before_player():
    t = "Third on the list is Sri Lanka's Kumar Sangakkara." + _CRICKET_EN
    got = link_spans(t, "en", ("GPE", "Sri Lanka"), ("PER", "Kumar Sangakkara"), published="2025-05-10")
    return name_of(got["Sri Lanka"]) == "Sri Lanka"


# --- guards: a country that plays is its team, a genitive before anything but a person too
@case
def bn_country_wins():
    t = "শেষ ওভারে নিউজিল্যান্ড জিতেছে তিন উইকেটে।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "নিউজিল্যান্ড"), published="2025-05-10")
    return name_of(got["নিউজিল্যান্ড"]) == "New Zealand national cricket team"


@case
def bn_country_genitive_before_innings():
    t = "নিউজিল্যান্ডের ইনিংস থামে ২১০ রানে।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "নিউজিল্যান্ডের"), published="2025-05-10")
    return name_of(got["নিউজিল্যান্ডের"]) == "New Zealand national cricket team"


@case
def bn_country_then_object_player():
    t = "শ্রীলঙ্কা কুশল মেন্ডিসকে দলে রেখেছে।" + _CRICKET
    got = link_spans(t, "bn", ("GPE", "শ্রীলঙ্কা"), ("PER", "কুশল মেন্ডিসকে"), published="2025-05-10")
    return name_of(got["শ্রীলঙ্কা"]) == "Sri Lanka national cricket team"
