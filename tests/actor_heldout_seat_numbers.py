"""Held-out cases on a place and a number that are no constituency (`provisional.seats`): a number
written as an ordinal ("নওগাঁ-২য়": the second, "Rangpur-3rd") and a number that counts what
follows ("সুনামগঞ্জ - ২ লাখ মানুষ": two lakh people; "Cumilla – 5 lakh people") stay the place,
not a seat "Naogaon-2". Guards: a seat with its seat word or a case ending ("ঢাকা-৮ আসনে",
"চট্টগ্রাম-১৪তে", "Dhaka – 9 constituency") stays the seat. Written before the change they test
and not tuned on; each case returns True when the linker does the right thing; the sentences are
written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _place(text: str, code: str, place: str) -> str:
    return name_of(actors_at(text, code, ("GPE", place), published="2026-01-10")[place])


@case
def bn_ordinal_phase_is_no_seat():
    return "-" not in _place("নওগাঁ-২য় পর্যায়ের সড়ক প্রকল্পের কাজ শেষ হয়েছে।", "bn", "নওগাঁ")


@case
def bn_ordinal_round_is_no_seat():
    return "-" not in _place("বগুড়া-৩য় দফার টিকা কার্যক্রম আজ শুরু হচ্ছে।", "bn", "বগুড়া")


@case
def bn_lakh_count_is_no_seat():
    return "-" not in _place("বন্যায় পানিবন্দি সুনামগঞ্জ - ২ লাখ মানুষ, জানিয়েছে জেলা প্রশাসন।", "bn", "সুনামগঞ্জ")


@case
def bn_thousand_count_is_no_seat():
    return "-" not in _place("শীতে কষ্টে আছে কুড়িগ্রাম - ৫০ হাজার পরিবার, বলছেন স্বেচ্ছাসেবীরা।", "bn", "কুড়িগ্রাম")


@case
def en_lakh_count_is_no_seat():
    return "-" not in _place("Floods hit Cumilla – 5 lakh people were stranded, officials said.", "en", "Cumilla")


@case
def en_ordinal_is_no_seat():
    return "-" not in _place("Work on Rangpur-3rd phase of the ring road began on Sunday.", "en", "Rangpur")


# --- guards: seats stay seats
@case
def bn_seat_with_seat_word_stays():
    return _place("ঢাকা-৮ আসনে মনোনয়নপত্র জমা দিয়েছেন তিন প্রার্থী।", "bn", "ঢাকা") == "Dhaka-8"


@case
def bn_seat_with_case_ending_stays():
    return _place("চট্টগ্রাম-১৪তে ভোট হবে ফেব্রুয়ারিতে।", "bn", "চট্টগ্রাম").endswith("-14")


@case
def en_spaced_seat_stays():
    return _place("He will contest Dhaka – 9 constituency as an independent.", "en", "Dhaka") == "Dhaka-9"
