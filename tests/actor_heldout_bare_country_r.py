"""Held-out linking cases on a country whose own name ends like a Bengali genitive ("সিঙ্গাপুর",
"কাতার", "মিয়ানমার" end in "র"), written bare before a player's name in a match report: the
country is the subject, so it is the side (its national team), not the player's own country. The
genitive proper ("কাতারের ফাহাদ") stays the player's country. Written before the change they test
and not tuned on; each case returns True when the linker does the right thing; the sentences are
written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, FOOTBALL_REPORT, actors_at, case_registry, name_of

CASES, case = case_registry()


def _side(text: str, country: str, player: str) -> str:
    got = actors_at(text, "bn", ("GPE", country), ("PER", player), published="2025-03-02")
    return name_of(got[country])


@case
def bn_singapore_keeps_player():
    t = "সিঙ্গাপুর রাহুল নায়ারকে একাদশে রেখেছে।" + CRICKET_REPORT
    return _side(t, "সিঙ্গাপুর", "রাহুল নায়ারকে") == "Singapore national cricket team"


@case
def bn_qatar_names_captain():
    t = "কাতার মুহাম্মদ তানভীরকে অধিনায়ক করেছে।" + CRICKET_REPORT
    return _side(t, "কাতার", "মুহাম্মদ তানভীরকে") == "Qatar national cricket team"


@case
def bn_myanmar_drops_keeper():
    t = "মিয়ানমার থেইন সোয়েকে বাদ দিয়েছে।" + CRICKET_REPORT
    return _side(t, "মিয়ানমার", "থেইন সোয়েকে") == "Myanmar national cricket team"


@case
def bn_qatar_football_calls_forward():
    t = "বাছাইপর্বের আগে কাতার আলমোয়েজ আলীকে দলে ফিরিয়েছে।" + FOOTBALL_REPORT
    return "national football team" in _side(t, "কাতার", "আলমোয়েজ আলীকে")


@case
def bn_singapore_football_rests_striker():
    t = "শেষ ম্যাচে সিঙ্গাপুর ইখসান ফান্দিকে বিশ্রাম দিয়েছে।" + FOOTBALL_REPORT
    return "national football team" in _side(t, "সিঙ্গাপুর", "ইখসান ফান্দিকে")


@case
def bn_myanmar_football_starts_winger():
    t = "ঘরের মাঠে মিয়ানমার মং মং লুইনকে শুরু থেকে খেলিয়েছে।" + FOOTBALL_REPORT
    return "national football team" in _side(t, "মিয়ানমার", "মং মং লুইনকে")


# --- guards: the genitive proper is the player's own country
@case
def bn_qatar_genitive_is_country():
    t = "কাতারের মুহাম্মদ তানভীর ৩ উইকেট নেন।" + CRICKET_REPORT
    return _side(t, "কাতারের", "মুহাম্মদ তানভীর") == "Qatar"


@case
def bn_singapore_genitive_is_country():
    t = "সিঙ্গাপুরের ইখসান ফান্দি জোড়া গোল করেন।" + FOOTBALL_REPORT
    return _side(t, "সিঙ্গাপুরের", "ইখসান ফান্দি") == "Singapore"
