"""Held-out cases on constituencies and numbered parts written with the bare name of a place the
registry holds as an upazila ("বাকেরগঞ্জ-৪ আসনে"): the provisional seat is named "Bakerganj-4",
the place as written and its number, not "Bakerganj Upazila-4" (the upazila's full registry
name with the number glued after the administrative word). Guards: a district seat keeps its
district's name ("মাদারীপুর-১" -> Madaripur-1) and an English seat stays as written. Written
before the change they test and not tuned on; each case returns True when the linker does the
right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _seat(text: str, surface: str, code: str = "bn", published: str = "2025-12-28") -> str:
    return name_of(actors_at(text, code, ("LOC", surface), published=published)[surface])


@case
def bn_seat_of_a_barisal_upazila():
    t = "বাকেরগঞ্জ-৪ আসনে মনোনয়নপত্র জমা দিয়েছেন দলের জেলা কমিটির সাবেক সভাপতি।"
    return _seat(t, "বাকেরগঞ্জ-৪") == "Bakerganj-4"


@case
def bn_seat_of_a_chattogram_upazila():
    t = "হাটহাজারী-৫ আসনে এবার ভোটার বেড়েছে প্রায় বিশ হাজার।"
    return _seat(t, "হাটহাজারী-৫") == "Hathazari-5"


@case
def bn_seat_with_a_case_ending():
    t = "রাউজান-৬ আসনের প্রার্থীরা শনিবার প্রচারে নামেন।"
    return _seat(t, "রাউজান-৬") == "Raozan-6"


@case
def bn_seat_of_a_sylhet_upazila():
    t = "নবীগঞ্জ-২ আসনে দুই প্রার্থীর সমর্থকদের মধ্যে হাতাহাতি হয়েছে বলে জানা গেছে।"
    return _seat(t, "নবীগঞ্জ-২") == "Nabiganj-2"


@case
def bn_seat_of_a_mymensingh_upazila():
    t = "ভালুকা-৩ আসনের সংসদ সদস্য প্রার্থী গণসংযোগ করেছেন।"
    return _seat(t, "ভালুকা-৩") == "Bhaluka-3"


@case
def bn_numbered_part_of_a_sirajganj_upazila():
    t = "কামারখন্দ-২ নম্বর ওয়ার্ডে নতুন সড়কের কাজ শুরু হয়েছে।"
    return _seat(t, "কামারখন্দ-২") == "Kamarkhand-2"


@case
def bn_guard_district_seat():
    t = "মাদারীপুর-১ আসনে ভোটগ্রহণ শান্তিপূর্ণ হয়েছে।"
    return _seat(t, "মাদারীপুর-১") == "Madaripur-1"


@case
def en_guard_seat_as_written():
    t = "He submitted his nomination papers for the Bakerganj-4 constituency on Sunday."
    return _seat(t, "Bakerganj-4", "en") == "Bakerganj-4"
