"""Held-out cases on foreign given names added to lang/bn/ner_given_names.txt after the first
list, ones whose letters read otherwise than the name is spelt (João, Neil, Mitch, Kate, Dave):
a foreign person the registry does not know takes the name's usual Latin spelling ("হোয়াও" ->
João, not "Hoyao"; "কেট" -> Kate, not "Ket"). Written for these tests, not taken from any outlet;
each case returns True when the linker does the right thing; the last is a guard."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _first(text: str, surface: str, *places: tuple, published: str = "2025-12-20") -> str:
    return name_of(actors_at(text, "bn", *places, ("PER", surface), published=published)[surface]).split()[0]


@case
def bn_portuguese_midfielder_in_lisbon():
    t = "লিসবনে অনুশীলনে চোট পান মিডফিল্ডার হোয়াও পালহিনহা।"
    return _first(t, "হোয়াও পালহিনহা", ("GPE", "লিসবনে")) == "João"


@case
def bn_portuguese_defender_in_a_dhaka_club():
    t = "ঢাকার ক্লাবটিতে যোগ দিয়েছেন পর্তুগিজ ডিফেন্ডার হোয়াও মারকেস।"
    return _first(t, "হোয়াও মারকেস", ("GPE", "ঢাকার")) == "João"


@case
def bn_english_umpire_in_dhaka():
    t = "মিরপুরে ম্যাচ পরিচালনা করবেন আম্পায়ার নেইল বেইনটন।"
    return _first(t, "নেইল বেইনটন", ("GPE", "মিরপুরে")) == "Neil"


@case
def bn_australian_allrounder_in_perth():
    t = "পার্থে চার উইকেট নেন অলরাউন্ডার মিচ হলিংস।"
    return _first(t, "মিচ হলিংস", ("GPE", "পার্থে")) == "Mitch"


@case
def bn_british_envoy_in_dhaka():
    t = "ঢাকায় এক সেমিনারে বক্তব্য দেন ব্রিটিশ কূটনীতিক কেট ফরেস্টার।"
    return _first(t, "কেট ফরেস্টার", ("GPE", "ঢাকায়")) == "Kate"


@case
def bn_american_coach_in_chicago():
    t = "শিকাগোতে দলের কোচ ডেভ মরিসন বলেন, খেলোয়াড়েরা ক্লান্ত ছিল।"
    return _first(t, "ডেভ মরিসন", ("GPE", "শিকাগোতে")) == "Dave"


@case
def bn_guard_home_name_dev():
    t = "রাজশাহীতে মানববন্ধনে বক্তব্য দেন শিক্ষক দেব কুমার সরকার।"
    return _first(t, "দেব কুমার সরকার", ("GPE", "রাজশাহীতে")) == "Dev"
