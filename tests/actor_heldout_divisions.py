"""Held-out cases on Bangladesh's administrative divisions written as a city and a unit word
("খুলনা অঞ্চলে", "সিলেট অঞ্চলের": the region): the mention is the division the registry knows (Khulna
Division), not the city it is named after. Written before the change they test and not tuned on;
each case returns True when the linker does the right thing; the sentences are written for these
tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


@case
def bn_division_with_case_ending():
    t = "শীতের তীব্রতা সবচেয়ে বেশি রংপুর অঞ্চলে, সেখানে তাপমাত্রা নেমেছে আট ডিগ্রিতে।"
    got = actors_at(t, "bn", ("GPE", "রংপুর"), published="2025-01-08")
    return name_of(got["রংপুর"]) == "Rangpur Division"


@case
def bn_region_of_nominations():
    t = "খুলনা অঞ্চলে ৩৬টি আসনের বিপরীতে মনোনয়নপত্র জমা পড়েছে দুই শতাধিক।"
    got = actors_at(t, "bn", ("GPE", "খুলনা"), published="2025-12-30")
    return name_of(got["খুলনা"]) == "Khulna Division"


@case
def bn_region_with_genitive():
    t = "আগামী দুই দিন সিলেট অঞ্চলের কয়েক জায়গায় ভারী বৃষ্টি হতে পারে বলে জানিয়েছে আবহাওয়া অফিস।"
    got = actors_at(t, "bn", ("GPE", "সিলেট"), published="2025-06-11")
    return name_of(got["সিলেট"]) == "Sylhet Division"


@case
def bn_division_plain():
    t = "ময়মনসিংহ অঞ্চল থেকে এবার নারী প্রার্থী মাত্র তিনজন।"
    got = actors_at(t, "bn", ("GPE", "ময়মনসিংহ"), published="2025-12-29")
    return name_of(got["ময়মনসিংহ"]) == "Mymensingh Division"


@case
def bn_division_other_spelling():
    t = "বরিশাল অঞ্চলে নদীভাঙনে ঘর হারিয়েছে কয়েকশ পরিবার।"
    got = actors_at(t, "bn", ("GPE", "বরিশাল"), published="2025-09-02")
    return name_of(got["বরিশাল"]) in ("Barishal Division", "Barisal Division")


@case
def bn_two_regions_in_one_sentence():
    t = "রাজশাহী অঞ্চলে ৩৯টি এবং চট্টগ্রাম অঞ্চলে ২৩টি আসনে ভোট হবে একই দিনে।"
    got = actors_at(t, "bn", ("GPE", "রাজশাহী"), ("GPE", "চট্টগ্রাম"), published="2025-12-30")
    return name_of(got["রাজশাহী"]) == "Rajshahi Division" and name_of(got["চট্টগ্রাম"]) in ("Chattogram Division", "Chittagong Division")


def city_not_a_division():
    """A guard, not a held-out case: a city with a case ending and no unit word stays the city."""
    t = "রংপুরে এক দিনের সফরে গেছেন এক উপদেষ্টা।"
    got = actors_at(t, "bn", ("GPE", "রংপুরে"), published="2025-01-08")
    return name_of(got["রংপুরে"]) == "Rangpur"
