"""Held-out linking cases on the city corporations Bangladeshi news names daily (their mayors,
administrators, waste and dengue drives): the registry had none, so the NER's span got a
romanised name ("Dhaka Uttar City Corporation") or the city inside it. Data rows
(data/actors/overlay/institutions_bangladesh.yaml) with both spellings of করপোরেশন and their
acronyms ("ডিএনসিসি", "চসিক"), not a rule. Guard: the city alone stays the city. Written before
the change they test and not tuned on; each case returns True when the linker does the right
thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import actors_at, case_registry, id_of

CASES, case = case_registry()
PUBLISHED = "2025-07-09"


def _id(text: str, surface: str, typ: str = "ORG") -> str | None:
    return id_of(actors_at(text, "bn", (typ, surface), published=PUBLISHED)[surface])


@case
def bn_dhaka_north_with_the_reph_spelling():
    t = "ঢাকা উত্তর সিটি কর্পোরেশনের প্রশাসক মশা নিধন অভিযান শুরু করেছেন।"
    return _id(t, "ঢাকা উত্তর সিটি কর্পোরেশনের") == "dhaka-north-city-corporation"


@case
def bn_dhaka_north_plain_spelling():
    t = "ঢাকা উত্তর সিটি করপোরেশন খাল পরিষ্কারের কাজ শুরু করেছে।"
    return _id(t, "ঢাকা উত্তর সিটি করপোরেশন") == "dhaka-north-city-corporation"


@case
def bn_dhaka_north_acronym():
    return _id("ডিএনসিসির কর্মীরা সকালে বর্জ্য সরান।", "ডিএনসিসির") == "dhaka-north-city-corporation"


@case
def bn_dhaka_south():
    t = "ঢাকা দক্ষিণ সিটি করপোরেশনের মেয়রের বিরুদ্ধে মামলা হয়েছে।"
    return _id(t, "ঢাকা দক্ষিণ সিটি করপোরেশনের") == "dhaka-south-city-corporation"


@case
def bn_dhaka_south_acronym():
    return _id("ডিএসসিসি ডেঙ্গু প্রতিরোধে বিশেষ অভিযান চালাবে।", "ডিএসসিসি") == "dhaka-south-city-corporation"


@case
def bn_chattogram_acronym():
    return _id("চসিকের মেয়র জলাবদ্ধতা নিরসনের আশ্বাস দেন।", "চসিকের") == "chattogram-city-corporation"


@case
def bn_chattogram_full():
    t = "চট্টগ্রাম সিটি করপোরেশন নির্বাচনের তফসিল ঘোষণা হয়েছে।"
    return _id(t, "চট্টগ্রাম সিটি করপোরেশন") == "chattogram-city-corporation"


# --- guard: the city alone
@case
def bn_guard_city_alone():
    return _id("ঢাকায় বৃষ্টিতে জলাবদ্ধতা দেখা দিয়েছে।", "ঢাকায়", "GPE") == "dhaka"
