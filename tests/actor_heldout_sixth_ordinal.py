"""Held-out linking cases on the sixth parliament and its election written with digits and the
ordinal ending "ষ্ঠ" ("৬ষ্ঠ জাতীয় সংসদ নির্বাচনে", "৬ষ্ঠ সংসদের"): the digits' ordinal endings
were kept twice, in actors.yaml `seat_numbers.ordinal_endings` and in Python, and the Python copy
lacked "ষ্ঠ", so the number was lost and "৬ষ্ঠ ... নির্বাচন" became the next election. Guards: the
other endings ("৭ম", "১১তম", "২য়") and the English "6th". Written before the change they test and
not tuned on; each case returns True when the linker does the right thing; the sentences are
written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import actors_at, case_registry, name_of

CASES, case = case_registry()
SIXTH_ELECTION = "February 1996 Bangladeshi general election"


def _linked(text: str, typ: str, span: str, code: str = "bn") -> str:
    return name_of(actors_at(text, code, (typ, span), published="2025-11-20")[span])


@case
def bn_sixth_election_candidate():
    t = "৬ষ্ঠ জাতীয় সংসদ নির্বাচনে তিনি প্রথমবার প্রার্থী হয়েছিলেন।"
    return _linked(t, "EVT", "৬ষ্ঠ জাতীয় সংসদ নির্বাচনে") == SIXTH_ELECTION


@case
def bn_sixth_election_boycott():
    t = "বিরোধী দলগুলো ৬ষ্ঠ জাতীয় সংসদ নির্বাচন বর্জন করেছিল বলে মনে করিয়ে দেন তিনি।"
    return _linked(t, "EVT", "৬ষ্ঠ জাতীয় সংসদ নির্বাচন") == SIXTH_ELECTION


@case
def bn_sixth_election_results():
    t = "১৯৯৬ সালের ৬ষ্ঠ সংসদ নির্বাচনের ফল নিয়ে প্রশ্ন ওঠে।"
    return _linked(t, "EVT", "৬ষ্ঠ সংসদ নির্বাচনের") == SIXTH_ELECTION


@case
def bn_sixth_parliament_session():
    t = "৬ষ্ঠ জাতীয় সংসদে একটিমাত্র অধিবেশন বসেছিল।"
    return _linked(t, "ORG", "জাতীয় সংসদে") == "6th Jatiya Sangsad"


@case
def bn_sixth_parliament_member():
    t = "তিনি ৬ষ্ঠ জাতীয় সংসদের সদস্য ছিলেন বলে জানান তার স্বজনেরা।"
    return _linked(t, "ORG", "জাতীয় সংসদের") == "6th Jatiya Sangsad"


@case
def bn_sixth_parliament_amendment():
    t = "ত্রয়োদশ সংশোধনী পাস হয় ৬ষ্ঠ জাতীয় সংসদে, জানান সাবেক এক সচিব।"
    return _linked(t, "ORG", "জাতীয় সংসদে") == "6th Jatiya Sangsad"


# --- guards: the other ordinal endings, and English
@case
def bn_seventh_election_stays():
    t = "৭ম জাতীয় সংসদ নির্বাচনে দলটি সরকার গঠন করে।"
    return _linked(t, "EVT", "৭ম জাতীয় সংসদ নির্বাচনে") == "June 1996 Bangladeshi general election"


@case
def bn_eleventh_election_stays():
    t = "১১তম জাতীয় সংসদ নির্বাচনে ভোট পড়েছিল রাতেই, অভিযোগ করেন তিনি।"
    return _linked(t, "EVT", "১১তম জাতীয় সংসদ নির্বাচনে") == "2018 Bangladeshi general election"


@case
def bn_second_election_stays():
    t = "২য় জাতীয় সংসদ নির্বাচনে দলটি অংশ নেয়।"
    return _linked(t, "EVT", "২য় জাতীয় সংসদ নির্বাচনে") == "1979 Bangladeshi general election"
