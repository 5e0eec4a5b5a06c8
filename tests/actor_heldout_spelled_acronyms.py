"""Held-out cases on Latin acronyms spelt out in Bengali letter names inside the names of bodies
the registry lacks ("এসকেবি গ্রুপ", "টিএমএল ব্যাংক"): the provisional actor takes the acronym as
the body writes it ("SKB Group"), not a letter-by-letter romanisation ("Eskebi Group"). Written
before the change they test and not tuned on; each case returns True when the linker does the
right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


@case
def bn_group_with_acronym():
    t = "নতুন কারখানা চালু করেছে এসকেবি গ্রুপ, সেখানে কাজ পাবেন দুই হাজার শ্রমিক।"
    got = actors_at(t, "bn", ("ORG", "এসকেবি গ্রুপ"), published="2025-04-12")
    return name_of(got["এসকেবি গ্রুপ"]) == "SKB Group"


@case
def bn_bank_with_acronym_and_ending():
    t = "গ্রাহকদের জন্য নতুন সঞ্চয় প্রকল্প এনেছে টিএমএল ব্যাংকের একটি শাখা।"
    got = actors_at(t, "bn", ("ORG", "টিএমএল ব্যাংকের"), published="2025-02-03")
    return name_of(got["টিএমএল ব্যাংকের"]) == "TML Bank"


@case
def bn_building_with_acronym():
    t = "প্রশিক্ষণ কর্মশালাটি হবে আগারগাঁওয়ের পিআরডি ভবন মিলনায়তনে, জানিয়েছেন আয়োজকেরা।"
    got = actors_at(t, "bn", ("ORG", "পিআরডি ভবন"), published="2025-09-09")
    return name_of(got["পিআরডি ভবন"]) == "PRD Bhaban"


@case
def bn_finance_company_with_acronym():
    t = "আমানতকারীদের টাকা ফেরত দিতে সময় চেয়েছে জেডএমকে ফাইন্যান্স লিমিটেড।"
    got = actors_at(t, "bn", ("ORG", "জেডএমকে ফাইন্যান্স লিমিটেড"), published="2025-07-21")
    return name_of(got["জেডএমকে ফাইন্যান্স লিমিটেড"]) == "ZMK Finance Limited"


@case
def bn_foundation_with_acronym():
    t = "বন্যার্তদের মধ্যে ত্রাণ বিতরণ করেছে এলএমপি ফাউন্ডেশন।"
    got = actors_at(t, "bn", ("ORG", "এলএমপি ফাউন্ডেশন"), published="2025-08-30")
    return name_of(got["এলএমপি ফাউন্ডেশন"]) == "LMP Foundation"


@case
def bn_mills_with_acronym():
    t = "শ্রমিক অসন্তোষের জেরে তিন দিন ধরে বন্ধ রয়েছে কেপিজে স্টিল মিলস।"
    got = actors_at(t, "bn", ("ORG", "কেপিজে স্টিল মিলস"), published="2025-10-19")
    return name_of(got["কেপিজে স্টিল মিলস"]) == "KPJ Steel Mills"


def city_word_stays_a_word():
    """A guard, not a held-out case: two letter names ("সিটি") stay the word they spell."""
    t = "নগরের জলাবদ্ধতা নিয়ে বৈঠক ডেকেছে রূপনগর সিটি কর্পোরেশন।"
    got = actors_at(t, "bn", ("ORG", "রূপনগর সিটি কর্পোরেশন"), published="2025-06-14")
    return name_of(got["রূপনগর সিটি কর্পোরেশন"]) .endswith(" City Corporation")
