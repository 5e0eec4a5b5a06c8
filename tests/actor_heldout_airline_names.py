"""Held-out cases on the national airline written the other way round or short ("Bangladesh
Biman", "বাংলাদেশ বিমানের", "বিমান বাংলাদেশের"): Biman Bangladesh Airlines, not the country. Guard:
"বিমান" alone (an aircraft, the air force's planes) is no airline. Written before the change they
test and not tuned on; each case returns True when the linker does the right thing; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, id_of

CASES, case = case_registry()
AIRLINE = "biman-bangladesh-airlines"


@case
def en_bangladesh_biman_flight():
    t = "A Bangladesh Biman flight bound for Kuala Lumpur turned back to Chattogram after a bird strike."
    got = actors_at(t, "en", ("GPE", "Bangladesh"), ("ORG", "Biman"), ("GPE", "Kuala Lumpur"), ("GPE", "Chattogram"),
                    published="2026-03-10")
    return id_of(got["Bangladesh"]) == AIRLINE


@case
def en_bangladesh_biman_ticket_prices():
    t = "Passengers complained that Bangladesh Biman had raised ticket prices for the Hajj season."
    got = actors_at(t, "en", ("GPE", "Bangladesh"), ("ORG", "Biman"), published="2025-12-26")
    return id_of(got["Bangladesh"]) == AIRLINE


@case
def bn_bangladesh_biman_genitive():
    t = "বাংলাদেশ বিমানের একটি ফ্লাইট যান্ত্রিক ত্রুটির কারণে চট্টগ্রামে জরুরি অবতরণ করেছে।"
    got = actors_at(t, "bn", ("GPE", "বাংলাদেশ"), ("GPE", "চট্টগ্রামে"), published="2025-12-26")
    return id_of(got["বাংলাদেশ"]) == AIRLINE


@case
def bn_bangladesh_biman_bare():
    t = "হজযাত্রীদের নিয়ে প্রথম ফ্লাইট পরিচালনা করবে বাংলাদেশ বিমান, জানিয়েছে মন্ত্রণালয়।"
    got = actors_at(t, "bn", ("GPE", "বাংলাদেশ"), published="2025-12-26")
    return id_of(got["বাংলাদেশ"]) == AIRLINE


@case
def bn_bangladesh_biman_ablative():
    t = "বাংলাদেশ বিমানের পক্ষ থেকে যাত্রীদের ক্ষতিপূরণ দেওয়ার ঘোষণা এসেছে।"
    got = actors_at(t, "bn", ("GPE", "বাংলাদেশ"), published="2025-12-26")
    return id_of(got["বাংলাদেশ"]) == AIRLINE


@case
def en_biman_bangladesh_short():
    t = "Biman Bangladesh will resume flights to Rome next month, the airline said."
    got = actors_at(t, "en", ("ORG", "Biman Bangladesh"), ("GPE", "Rome"), published="2025-12-26")
    return id_of(got["Biman Bangladesh"]) == AIRLINE


@case
def en_bangladesh_biman_possessive():
    t = "Bangladesh Biman's office in Dubai was closed for two days after the storm."
    got = actors_at(t, "en", ("GPE", "Bangladesh"), ("GPE", "Dubai"), published="2025-12-26")
    return id_of(got["Bangladesh"]) == AIRLINE


# --- guards: the country alone stays the country; an aircraft landing in Bangladesh, and the
# air force written in two words, are no airline
@case
def bn_country_before_other_word_stays_country():
    t = "বাংলাদেশ বিমানবন্দরে নিরাপত্তা বাড়িয়েছে বলে জানিয়েছে কর্তৃপক্ষ।"
    got = actors_at(t, "bn", ("GPE", "বাংলাদেশ"), published="2025-12-26")
    return id_of(got["বাংলাদেশ"]) == "bangladesh"


@case
def bn_plane_landing_in_bangladesh_is_no_airline():
    t = "নেতাকে বহনকারী বিমান বাংলাদেশে অবতরণ করে দুপুর ১২টায়।"
    got = actors_at(t, "bn", ("GPE", "বাংলাদেশে"), published="2025-12-26")
    return id_of(got["বাংলাদেশে"]) != AIRLINE


@case
def bn_air_force_in_two_words_is_no_airline():
    t = "বাংলাদেশ বিমান বাহিনীর প্রধান শনিবার কুচকাওয়াজ পরিদর্শন করেন।"
    got = actors_at(t, "bn", ("ORG", "বাংলাদেশ বিমান বাহিনীর"), published="2025-12-26")
    return id_of(got["বাংলাদেশ বিমান বাহিনীর"]) == "bangladesh-air-force"
