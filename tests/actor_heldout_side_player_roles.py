"""Held-out linking cases on a franchise team's city written alone in the genitive before a
player's role or the side's play ("রাজশাহীর পেসার", "নোয়াখালীর ব্যাটিং", "সিলেটের কর্ণধার"), in an
article that named the team in full: as before "অধিনায়ক" or "ম্যাচে", the city there is the side.
A genitive city before a word of no side ("রাজশাহীর মানুষ") stays the city. Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, actors_at, case_registry, name_of

CASES, case = case_registry()
PUBLISHED = "2026-01-12"


def _at(text: str, *ner: tuple) -> dict:
    return {k: name_of(v) for k, v in actors_at(text, "bn", *ner, published=PUBLISHED).items()}


@case
def bn_city_before_pacer_is_team():
    t = "রাজশাহী ওয়ারিয়র্স জিতেছে ছয় উইকেটে। রাজশাহীর পেসার তিন উইকেট নিয়ে ম্যাচসেরা হয়েছেন।" + CRICKET_REPORT
    got = _at(t, ("ORG", "রাজশাহী ওয়ারিয়র্স"), ("GPE", "রাজশাহীর"))
    return got["রাজশাহীর"] == got["রাজশাহী ওয়ারিয়র্স"] != "Rajshahi"


@case
def bn_city_before_spinner_is_team():
    t = "সিলেট টাইটান্স এবারও শেষ চারে উঠতে পারেনি। সিলেটের স্পিনার চার ওভারে ৪০ রান দিয়েছেন।" + CRICKET_REPORT
    got = _at(t, ("ORG", "সিলেট টাইটান্স"), ("GPE", "সিলেটের"))
    return got["সিলেটের"] == got["সিলেট টাইটান্স"] != "Sylhet"


@case
def bn_city_before_batting_is_team():
    t = "নোয়াখালী এক্সপ্রেস টস জিতে ফিল্ডিং নেয়। পরে ভেঙে পড়ে নোয়াখালীর ব্যাটিং, ৬০ রানে পড়ে ৫ উইকেট।" + CRICKET_REPORT
    got = _at(t, ("ORG", "নোয়াখালী এক্সপ্রেস"), ("GPE", "নোয়াখালীর"))
    return got["নোয়াখালীর"] == got["নোয়াখালী এক্সপ্রেস"] != "Noakhali"


@case
def bn_city_before_bowling_is_team():
    t = "রংপুর রাইডার্স বড় সংগ্রহ গড়েছে। শেষ পাঁচ ওভারে রংপুরের বোলিং ছিল সবচেয়ে খরুচে।" + CRICKET_REPORT
    got = _at(t, ("ORG", "রংপুর রাইডার্স"), ("GPE", "রংপুরের"))
    return got["রংপুরের"] == got["রংপুর রাইডার্স"] != "Rangpur"


@case
def bn_city_before_owner_is_team():
    t = "ঢাকা ক্যাপিটালস নতুন কোচ নিয়োগ দিয়েছে। ঢাকার কর্ণধার বলেছেন, দল এবার শিরোপার জন্য খেলবে।" + CRICKET_REPORT
    got = _at(t, ("ORG", "ঢাকা ক্যাপিটালস"), ("GPE", "ঢাকার"))
    return got["ঢাকার"] == got["ঢাকা ক্যাপিটালস"] != "Dhaka"


@case
def bn_city_before_allrounder_is_team():
    t = "চট্টগ্রাম রয়্যালস শেষ বলে হেরেছে। চট্টগ্রামের অলরাউন্ডার ৩৫ রান করার পর দুই উইকেটও নেন।" + CRICKET_REPORT
    got = _at(t, ("ORG", "চট্টগ্রাম রয়্যালস"), ("GPE", "চট্টগ্রামের"))
    return got["চট্টগ্রামের"] == got["চট্টগ্রাম রয়্যালস"] != "Chittagong"


@case
def bn_city_before_people_stays_city():
    t = "রাজশাহী ওয়ারিয়র্স জিতেছে ছয় উইকেটে। রাজশাহীর মানুষ রাতভর আনন্দ মিছিল করেছে।" + CRICKET_REPORT
    got = _at(t, ("ORG", "রাজশাহী ওয়ারিয়র্স"), ("GPE", "রাজশাহীর"))
    return got["রাজশাহীর"] == "Rajshahi"
