"""Held-out cases on the case ending of a foreign person's surname in a story set at home, when the
name opens with a listed foreign given name (lang/bn/ner_given_names.txt): the genitive comes off
as it does in a story abroad (actors.yaml `context.foreign_name_endings`): "জেক মরটনের" is Jake
Morton, not "Jake Mortoner". Guards: a foreign surname that ends in -ার keeps it, and a
Bangladeshi name with no listed given name keeps the home reading of its ending. Written before
the change they test and not tuned on; each case returns True when the linker does the right
thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _person(text: str, surface: str, *places: tuple, published: str = "2025-12-20") -> str:
    return name_of(actors_at(text, "bn", *places, ("PER", surface), published=published)[surface])


@case
def bn_opener_century_in_mirpur():
    t = "মিরপুরে জেক মরটনের সেঞ্চুরিতে বড় জয় পেয়েছে ঢাকার দলটি।"
    return _person(t, "জেক মরটনের", ("GPE", "মিরপুরে")) == "Jake Morton"


@case
def bn_spinner_spell_in_sylhet():
    t = "সিলেটে ব্লেক ওডোবার্টের ঘূর্ণিতে ১১০ রানে গুটিয়ে যায় প্রতিপক্ষ।"
    return _person(t, "ব্লেক ওডোবার্টের", ("GPE", "সিলেটে")) == "Blake Odobart"


@case
def bn_keeper_fifty_in_chattogram():
    t = "চট্টগ্রামে উইকেটকিপার স্কট কারির ফিফটি দলকে লড়াইয়ে রাখে।"
    return _person(t, "স্কট কারির", ("GPE", "চট্টগ্রামে")) == "Scott Kari"


@case
def bn_coach_contract_in_dhaka():
    t = "ঢাকায় বোর্ড জানায়, কোচ শন টিবেটের চুক্তি আরও এক বছর বাড়ানো হয়েছে।"
    return _person(t, "শন টিবেটের", ("GPE", "ঢাকায়")) == "Shaun Tibet"


@case
def bn_striker_goal_in_a_league_match():
    t = "গাজীপুরে লিগের ম্যাচে ক্যালাম ফরসনের গোলে এগিয়ে যায় অতিথিরা।"
    return _person(t, "ক্যালাম ফরসনের", ("GPE", "গাজীপুরে")) == "Callum Forson"


@case
def bn_physio_report_in_khulna():
    t = "খুলনায় ফিজিও ক্লোয়ি হ্যালেটের প্রতিবেদনে দুই খেলোয়াড়কে বিশ্রাম দেওয়া হয়।"
    return _person(t, "ক্লোয়ি হ্যালেটের", ("GPE", "খুলনায়")) in ("Chloe Halet", "Chloe Hallet")


@case
def bn_guard_foreign_surname_ending_in_ar_without_a_case_ending():
    t = "বরিশালে প্রীতি ম্যাচ শেষে কোচ জেক টেলার বলেন, মাঠ ভালো ছিল।"
    return _person(t, "জেক টেলার", ("GPE", "বরিশালে")) in ("Jake Telar", "Jake Teller", "Jake Taylor")


@case
def bn_guard_home_name_without_listed_given_name():
    t = "নরসিংদীতে কৃষক সবুজ মোল্লার জমিতে হামলা হয়।"
    return _person(t, "সবুজ মোল্লার", ("GPE", "নরসিংদীতে")) == "Sabuj Molla"
