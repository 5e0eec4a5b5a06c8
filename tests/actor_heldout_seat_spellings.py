"""Held-out cases on the spelling of a seat's place: the Election Commission names seats in the
spellings of 2018 ("চট্টগ্রাম-৯" is Chattogram-9, "যশোর-২" Jashore-2), though the registry's
city keeps its Wikipedia title (Chittagong, Jessore). Guards: a seat written in Latin letters
keeps the letters it has ("Chittagong-9" as written), a place with no other spelling is as
before ("ঢাকা-১৭" Dhaka-17), and the city alone stays the city. Written before the change they
test and not tuned on; each case returns True when the linker does the right thing; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, code: str, surface: str) -> str:
    return name_of(actors_at(text, code, ("GPE", surface), published="2025-12-28")[surface])


@case
def bn_chattogram_seat():
    return _name("চট্টগ্রাম-৯ আসনে দলের প্রার্থী মনোনয়নপত্র জমা দিয়েছেন।", "bn", "চট্টগ্রাম") == "Chattogram-9"


@case
def bn_jashore_seat_with_case_ending():
    return _name("যশোর-২ আসনের ভোটারদের কাছে তিনি দোয়া চেয়েছেন।", "bn", "যশোর") == "Jashore-2"


@case
def bn_dhaka_seat_unchanged():
    return _name("ঢাকা-১৭ আসনে উপনির্বাচনের তফসিল ঘোষণা করা হয়েছে।", "bn", "ঢাকা") == "Dhaka-17"


@case
def bn_city_alone_stays_the_city():
    return _name("চট্টগ্রামে গতকাল ভারী বৃষ্টি হয়েছে।", "bn", "চট্টগ্রামে") == "Chittagong"


@case
def en_seat_keeps_its_letters():
    return _name("He will contest the Chittagong-9 seat for the party.", "en", "Chittagong") == "Chittagong-9"
