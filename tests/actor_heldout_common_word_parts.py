"""Held-out cases on a common word the NER took in as the last word of an unknown person's name
("রুবিনা পদত্যাগের", "হেলাল জামিনের"): the word is not that person's short form, so its other
uses across the article ("পদত্যাগ", "জামিন") are no mentions of the person. Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, link_spans

CASES, case = case_registry()


def _no_person_at(word: str, text: str, name: str) -> bool:
    got = link_spans(text, "bn", ("PER", name), published="2025-10-10")
    return all(a is None for surface, a in got.items() if surface.startswith(word) and surface != name)


@case
def bn_resignation_word():
    t = ("দলের যুগ্ম আহ্বায়ক রুবিনা পদত্যাগের ঘোষণা দিয়েছেন। তাঁর পদত্যাগ নিয়ে দলের ভেতরে আলোচনা চলছে। "
         "পদত্যাগ ঠেকাতে নেতারা বৈঠক করেছেন।")
    return _no_person_at("পদত্যাগ", t, "রুবিনা পদত্যাগের")


@case
def bn_bail_word():
    t = ("সাবেক কাউন্সিলর হেলাল জামিনের আবেদন করেছেন। জামিন শুনানি হবে রোববার। "
         "জামিন না পেলে তিনি উচ্চ আদালতে যাবেন।")
    return _no_person_at("জামিন", t, "হেলাল জামিনের")


@case
def bn_proposal_word():
    t = ("সংস্কার কমিটির সদস্য নাজনীন প্রস্তাবের পক্ষে যুক্তি দেন। প্রস্তাব নিয়ে ভোট হবে আগামী সপ্তাহে। "
         "প্রস্তাব পাস হলে আইন বদলাবে।")
    return _no_person_at("প্রস্তাব", t, "নাজনীন প্রস্তাবের")


@case
def bn_demand_word():
    t = ("শিক্ষক প্রতিনিধি তানভীর দাবির কথা জানান। দাবি না মানলে কর্মসূচি চলবে। "
         "দাবি আদায়ে তাঁরা অবস্থান নেবেন।")
    return _no_person_at("দাবি", t, "তানভীর দাবির")


@case
def bn_case_word():
    t = ("আইনজীবী মোর্শেদা মামলার শুনানিতে অংশ নেন। মামলা পরবর্তী শুনানি হবে আগামী মাসে। "
         "মামলা প্রত্যাহারের আবেদন করা হয়েছে।")
    return _no_person_at("মামলা", t, "মোর্শেদা মামলার")


@case
def bn_appointment_word():
    t = ("ব্যাংকের পরিচালক ফারজানা নিয়োগের বিষয়ে মুখ খুলেছেন। নিয়োগ প্রক্রিয়া নিয়ে প্রশ্ন উঠেছে। "
         "নিয়োগ বাতিলের দাবিও উঠেছে।")
    return _no_person_at("নিয়োগ", t, "ফারজানা নিয়োগের")
