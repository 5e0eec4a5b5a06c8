"""Held-out linking cases on a city in a story about a train or a bus service whose name ends in a
franchise team's head word ("পারাবত এক্সপ্রেস", "লালমনি এক্সপ্রেস"), published while a league
season runs: the head word made the story read as a league report, so a city before "হয়ে" (via)
or "জয়" became that season's side ("রাজশাহী হয়ে" -> Rajshahi Warriors; note23's `_league` fires
on a train's name). A season's sides stand for bare cities only in a report of the sport (enough
of its words) or in one that names a season's side in full. Guards: a league match report keeps
the season's side, and so does a short league item with few words of the sport. Written before the change
they test and not tuned on; each case returns True when the linker does the right thing; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, actors_at, case_registry, id_of

CASES, case = case_registry()
IN_SEASON = "2025-12-20"


def _id(text: str, surface: str, nth: int = 1) -> str | None:
    return id_of(actors_at(text, "bn", ("GPE", surface, nth), published=IN_SEASON)[surface])


@case
def bn_intercity_train_via_rajshahi():
    return _id("লালমনি এক্সপ্রেস রাজশাহী হয়ে ঢাকায় আসে; যাত্রীরা ভোগান্তির কথা জানান।", "রাজশাহী") == "rajshahi"


@case
def bn_coastal_train_via_noakhali():
    return _id("উপকূল এক্সপ্রেসের যাত্রীরা জানান, ট্রেনটি নোয়াখালী হয়ে চলে এবং প্রায়ই দেরি করে।", "নোয়াখালী") == "noakhali"


@case
def bn_train_via_sylhet():
    t = "পারাবত এক্সপ্রেস সিলেট হয়ে ছাতক পর্যন্ত যাবে বলে রেলওয়ে জানিয়েছে।"
    return _id(t, "সিলেট") == "sylhet"


@case
def bn_bus_service_via_rangpur():
    t = "নতুন বাস সার্ভিস শ্যামলী এক্সপ্রেস রংপুর হয়ে পঞ্চগড় যাবে।"
    return _id(t, "রংপুর") == "rangpur"


@case
def bn_train_via_chattogram():
    t = "সুবর্ণ এক্সপ্রেস চট্টগ্রাম হয়ে কক্সবাজার পর্যন্ত চলবে, জানিয়েছে রেলপথ মন্ত্রণালয়।"
    return _id(t, "চট্টগ্রাম") == "chittagong"


@case
def bn_train_timetable_dhaka():
    t = "মহানগর এক্সপ্রেসের সময়সূচি বদলেছে; ট্রেনটি ঢাকা হয়ে ময়মনসিংহ যাবে।"
    return _id(t, "ঢাকা") == "dhaka"


# --- guard: a league match report still reads a bare city as the season's side
@case
def bn_guard_league_report_keeps_the_side():
    t = "বিপিএলে রংপুর রাইডার্সের জয়ের দিনে রাজশাহীর বিপক্ষে দারুণ বল করেন পেসার।" + CRICKET_REPORT
    return _id(t, "রাজশাহীর") == "bpl-rajshahi-warriors"


@case
def bn_guard_short_league_item_naming_a_side():
    t = "বিপিএলে নোয়াখালী এক্সপ্রেসের প্রথম ম্যাচ আজ, রাজশাহীর বিপক্ষে।"
    return _id(t, "রাজশাহীর") == "bpl-rajshahi-warriors"
