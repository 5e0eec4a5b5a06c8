"""Held-out linking cases on a country in the genitive in a match report: "its people", "its
first-class league", "its cricket" are the country's, not the side's (DECISIONS N12: a name stays
the place where a mention names the place). Guards: a genitive before a side's word ("ভারতের
বিপক্ষে", "শ্রীলঙ্কার ইনিংস", "পাকিস্তানের হয়ে") is still the side, and a bare country that
plays is its team. Written before the change they test and not tuned on; each case returns True
when the linker does the right thing; the sentences are written for these tests, not taken from
any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, FOOTBALL_REPORT, actors_at, case_registry, name_at, name_of

CASES, case = case_registry()


def _linked(text: str, span: str, typ: str = "GPE") -> str:
    return name_at(text, "bn", (typ, span), published="2025-12-20")


@case
def bn_its_people():
    return _linked("নিউজিল্যান্ডের মানুষ খেলাধুলা ভালোবাসে।" + CRICKET_REPORT, "নিউজিল্যান্ডের") == "New Zealand"


@case
def bn_its_first_class_league():
    return _linked("ওখানে খেললে ভারতের ঘরোয়া লিগের অভিজ্ঞতা হয়।" + CRICKET_REPORT, "ভারতের") == "India"


@case
def bn_its_cricket_culture():
    return _linked("শ্রীলঙ্কার ক্রিকেটে এমন সংস্কৃতি নেই বললেই চলে।" + CRICKET_REPORT, "শ্রীলঙ্কার") == "Sri Lanka"


@case
def bn_its_weather():
    return _linked("পাকিস্তানের আবহাওয়া এখন বেশ ঠান্ডা।" + FOOTBALL_REPORT, "পাকিস্তানের") == "Pakistan"


# --- guards: a genitive before a side's word, and a bare country that plays, stay the side
@case
def bn_against_india():
    return _linked("ভারতের বিপক্ষে শেষ ম্যাচে হেরেছে দলটি।" + CRICKET_REPORT, "ভারতের") == "India national cricket team"


@case
def bn_sri_lankas_innings():
    return _linked("শ্রীলঙ্কার ইনিংস থামে ১৫০ রানে।" + CRICKET_REPORT, "শ্রীলঙ্কার") == "Sri Lanka national cricket team"


@case
def bn_played_for_pakistan():
    return _linked("গত বছর পাকিস্তানের হয়ে খেলেছেন তিনি।" + CRICKET_REPORT, "পাকিস্তানের") == "Pakistan national cricket team"


@case
def bn_nepal_wins():
    return "national football team" in _linked("শেষ মিনিটে জিতেছে নেপাল।" + FOOTBALL_REPORT, "নেপাল")


# --- a country in the genitive before a player's role and name is the player's country (N13)
@case
def bn_bangladeshs_pacer_named():
    t = "দলে ফিরেছেন বাংলাদেশের পেসার নাহিদ রানা।" + CRICKET_REPORT
    return _linked(t, "বাংলাদেশের") == "Bangladesh"


@case
def bn_sri_lankas_spinner_named():
    t = "চার উইকেট নেন শ্রীলঙ্কার স্পিনার মহেশ থিকশানা।" + CRICKET_REPORT
    got = actors_at(t, "bn", ("GPE", "শ্রীলঙ্কার"), ("PER", "মহেশ থিকশানা"), published="2025-12-20")
    return name_of(got["শ্রীলঙ্কার"]) == "Sri Lanka"


@case
def bn_indias_pacers_unnamed_stay_the_side():
    t = "ভারতের পেসাররা শুরুতেই দুই উইকেট তুলে নেন।" + CRICKET_REPORT
    return _linked(t, "ভারতের") == "India national cricket team"
