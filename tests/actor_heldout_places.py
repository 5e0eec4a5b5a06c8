"""Held-out linking cases on a place followed by a word that names a part or unit of it: a
district ("নোয়াখালী জেলার"), a half of a city or party unit ("খুলনা দক্ষিণের", "চট্টগ্রাম
উত্তরের"), and the same words where they mean something else ("ঢাকার উত্তরে": north of
Dhaka; "উত্তর দেয়নি": gave no answer). Written before the change they test, not tuned on;
the sentences are written for these tests, not taken from any outlet. Each case returns True
when the linker does the right thing."""
from __future__ import annotations

from actor_heldout_names import entities

CASES = []


def case(fn):
    """Register a held-out case."""
    CASES.append(fn)
    return fn


def linked(text: str, code: str, surface: str, *ner: tuple):
    """(entity text, actor name, actor country) of the entity that overlaps `surface`, or None."""
    s = text.index(surface)
    e = s + len(surface)
    for ent in entities(text, code, *ner):
        if ent.start < e and s < ent.end:
            a = ent.actor
            return ent.text, getattr(a, "name", None), getattr(a, "country", None)
    return None


# --- a district word after a district's name: the district itself
@case
def bn_district_word_ner_span():
    t = "তার গ্রামের বাড়ি নোয়াখালী জেলার হাতিয়া উপজেলায়।"
    got = linked(t, "bn", "নোয়াখালী জেলার", ("LOC", "নোয়াখালী জেলার"))
    return got is not None and got[1] in ("Noakhali", "Noakhali District")


@case
def bn_district_word_without_ner():
    t = "বন্যায় সুনামগঞ্জ জেলার অন্তত ২০টি গ্রাম প্লাবিত হয়েছে।"
    got = linked(t, "bn", "সুনামগঞ্জ জেলার")
    return got is not None and got[0].startswith("সুনামগঞ্জ জেলা") and got[1] in ("Sunamganj", "Sunamganj District")


# --- a half of a city or of a party's unit: "X South", "X North"
@case
def bn_city_south_ner_span():
    t = "সমাবেশে যুবদলের খুলনা দক্ষিণের সভাপতি মো. কামাল হোসেন বক্তব্য দেন।"
    got = linked(t, "bn", "খুলনা দক্ষিণের", ("LOC", "খুলনা দক্ষিণের"), ("PER", "মো. কামাল হোসেন"))
    return got == ("খুলনা দক্ষিণের", "Khulna South", "BGD")


@case
def bn_city_north_without_ner():
    t = "মিছিলে চট্টগ্রাম উত্তরের নেতাকর্মীরা অংশ নেন।"
    got = linked(t, "bn", "চট্টগ্রাম উত্তরের")
    return got is not None and got[1] in ("Chittagong North", "Chattogram North") and got[2] == "BGD"


# --- the same words where they name no part of the place
@case
def bn_north_of_a_city_stays_the_city():
    t = "ঢাকার উত্তরে টঙ্গীতে একটি কারখানায় আগুন লেগেছে।"
    got = linked(t, "bn", "ঢাকার", ("GPE", "ঢাকার"))
    return got is not None and got[1] == "Dhaka"


@case
def bn_answer_after_a_country_stays_the_country():
    t = "সীমান্ত হত্যা নিয়ে প্রশ্নের জবাবে ভারত উত্তর দেয়নি বলে জানান তিনি।"
    got = linked(t, "bn", "ভারত", ("GPE", "ভারত"))
    return got is not None and got[0] == "ভারত" and got[1] == "India"


@case
def bn_city_corporation_is_no_bare_half():
    t = "ঢাকা উত্তর সিটি করপোরেশনের মেয়র মশা নিধন কর্মসূচি উদ্বোধন করেন।"
    got = linked(t, "bn", "ঢাকা উত্তর")
    return got is None or got[1] != "Dhaka North"


# --- English writes the half before the place
@case
def en_half_before_place():
    t = "The fire broke out at a plastics factory in South Keraniganj on Sunday night, officials said."
    got = linked(t, "en", "South Keraniganj", ("GPE", "Keraniganj"))
    return got is not None and got[1] == "South Keraniganj" and got[2] == "BGD"
