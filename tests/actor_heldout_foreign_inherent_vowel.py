"""Held-out cases on the inherent vowel in a foreign person's name the registry does not know,
in a story set abroad outside South Asia: Bengali writes the o of English and European names
("Morgan", "Dobson", "-ton") with the inherent vowel, so there it is read "o" ("মরগান" ->
Morgan), not "a" ("Margan"), which is how a Bangladeshi name reads it ("রহমান" -> Rahman).
Guards: a Bangladeshi name at home and an Indian name in India keep the "a". Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _person(text: str, surface: str, *places: tuple, published: str = "2025-11-02") -> str:
    return name_of(actors_at(text, "bn", *places, ("PER", surface), published=published)[surface])


@case
def bn_welsh_coach_in_cardiff():
    t = "কার্ডিফে সংবাদ সম্মেলনে কোচ জেমস মরগান বলেন, দলের প্রস্তুতি ভালো হয়েছে।"
    return _person(t, "জেমস মরগান", ("GPE", "কার্ডিফে")) == "James Morgan"


@case
def bn_english_mp_in_london():
    t = "লন্ডনে পার্লামেন্টের বাইরে সাংবাদিকদের সঙ্গে কথা বলেন এমপি স্টিভ ডবসন।"
    return _person(t, "স্টিভ ডবসন", ("GPE", "লন্ডনে")).endswith("Dobson")


@case
def bn_australian_bowler_in_sydney():
    t = "সিডনিতে দ্বিতীয় দিনে চার উইকেট নেন পেসার পল নরটন।"
    return _person(t, "পল নরটন", ("GPE", "সিডনিতে")).endswith("Norton")


@case
def bn_canadian_mayor_in_toronto():
    t = "টরন্টোর মেয়র লরা বস্টক শুক্রবার নতুন বাজেট ঘোষণা করেন।"
    return _person(t, "লরা বস্টক", ("GPE", "টরন্টোর")).endswith("Bostok")


@case
def bn_american_senator_in_washington():
    t = "ওয়াশিংটনে সিনেটর টম ক্রসবি বলেন, বিলটি আগামী সপ্তাহে ভোটে উঠবে।"
    return _person(t, "টম ক্রসবি", ("GPE", "ওয়াশিংটনে")).startswith("Tom Kros")


@case
def bn_irish_striker_in_dublin():
    t = "ডাবলিনে প্রীতি ম্যাচে জোড়া গোল করেন স্ট্রাইকার কনর হলটন।"
    return _person(t, "কনর হলটন", ("GPE", "ডাবলিনে")).endswith("Holton")


@case
def bn_american_governor_in_chicago():
    t = "শিকাগোতে নির্বাচনী সভায় গভর্নর ডন হলব্রুক অভিবাসন নিয়ে কথা বলেন।"
    return _person(t, "ডন হলব্রুক", ("GPE", "শিকাগোতে")).split()[-1].startswith("Holbr")


@case
def bn_guard_bangladeshi_at_home():
    t = "রাজশাহীতে মানববন্ধনে বক্তব্য দেন কৃষক নেতা মকবুল হাসান।"
    return _person(t, "মকবুল হাসান", ("GPE", "রাজশাহীতে")) == "Makbul Hasan"


@case
def bn_guard_indian_name_in_india():
    t = "কলকাতায় এক সমাবেশে বক্তব্য দেন বিধায়ক নরহরি মণ্ডল।"
    return _person(t, "নরহরি মণ্ডল", ("GPE", "কলকাতায়")).startswith("Nara")
