"""Held-out linking cases on Bangladesh Premier League sides of past seasons, named in full in a
story about the league's records ("দুরন্ত রাজশাহীর হয়ে", "বরিশাল বুলসের"): the side, from the
registry's rows (data/actors/overlay/sports.yaml), not its city, nor a romanised guess. Sides
whose name opens with a word before the city ("দুরন্ত", "দুর্দান্ত", "ফরচুন") escape the
team-head rule altogether. Written before the change they test and not tuned on; each case
returns True when the linker does the right thing; the sentences are written for these tests,
not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, actors_at, case_registry, name_of

CASES, case = case_registry()


def _linked(text: str, span: str) -> str:
    return name_of(actors_at(text + CRICKET_REPORT, "bn", ("ORG", span), published="2026-01-08")[span])


@case
def bn_duronto_rajshahi_record():
    return _linked("২০১৩ সালে দুরন্ত রাজশাহীর হয়ে সেঞ্চুরি করেছিলেন এক বিদেশি ব্যাটার।",
                   "দুরন্ত রাজশাহীর") == "Duronto Rajshahi"


@case
def bn_durdanto_dhaka_hat_trick():
    return _linked("দুর্দান্ত ঢাকার এক পেসার সেবার টানা তিন বলে উইকেট নেন।", "দুর্দান্ত ঢাকার") == "Durdanto Dhaka"


@case
def bn_fortune_barishal_title():
    return _linked("টানা দুবার শিরোপা জিতেছিল ফরচুন বরিশাল।", "ফরচুন বরিশাল") == "Fortune Barishal"


@case
def bn_barisal_bulls_captain():
    return _linked("বরিশাল বুলসের অধিনায়ক ছিলেন এক অভিজ্ঞ অলরাউন্ডার।", "বরিশাল বুলসের") == "Barisal Bulls"


@case
def bn_comilla_victorians_final():
    return _linked("ফাইনালে কুমিল্লা ভিক্টোরিয়ান্সকে হারাতে পারেনি কোনো দল।", "কুমিল্লা ভিক্টোরিয়ান্সকে") == "Comilla Victorians"


@case
def bn_chittagong_vikings_debut():
    return _linked("প্রথম আসরে চিটাগং ভাইকিংসের হয়ে অভিষেক হয় এক তরুণ স্পিনারের।", "চিটাগং ভাইকিংসের") == "Chittagong Vikings"


@case
def bn_sylhet_super_stars_squad():
    return _linked("সিলেট সুপার স্টারস দলে ছিলেন তিন বিদেশি পেসার।", "সিলেট সুপার স্টারস") == "Sylhet Super Stars"


# --- guards: the city alone, away from a side's words, stays the city; today's sides unchanged
@case
def bn_city_of_the_old_side_stays_city():
    t = "দুরন্ত রাজশাহীর এক সাবেক খেলোয়াড় এখন রাজশাহীতে একটি একাডেমি চালান।" + CRICKET_REPORT
    return name_of(actors_at(t, "bn", ("GPE", "রাজশাহীতে"), published="2026-01-08")["রাজশাহীতে"]) == "Rajshahi"


@case
def bn_current_side_unchanged():
    return _linked("রংপুর রাইডার্স এবারও শেষ চারে উঠেছে।", "রংপুর রাইডার্স") == "Rangpur Riders"
