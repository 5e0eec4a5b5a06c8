"""Held-out cases on a one-word given name ("তানভীর বলেন", "শাহীন", "আবদুল্লাহ") that the registry
reaches only by a fuzzy (phonetic) match to a foreign person or one-name ruler of the imported
dictionaries (Egypt's Tantawi, the Saudi king Abdullah, "Shahin"): a home person of that name,
never the foreigner, whether or not the article names a place (with none, the press's own country
is the article's). Guards: the foreigner named in full in the article keeps a lone variant
spelling of his name, a story set in his own country keeps him, and a one-word fuzzy match to a
home body is not touched. Written before the change they test and not tuned on; each case
returns True when the linker does the right thing; the sentences are written for these tests,
not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at

CASES, case = case_registry()


def _actor(text: str, code: str, surface: str, *ner):
    return actors_at(text, code, ("PER", surface), *ner, published="2025-05-01")[surface]


def _home(a) -> bool:
    """Unlinked, or a private person: not a registry person of another country."""
    return a is None or a.id.startswith("new:")


@case
def bn_student_leader_tanvir_no_place():
    return _home(_actor("ছাত্রদলের নেতা তানভীর বলেন, আন্দোলন চলবে।", "bn", "তানভীর"))


@case
def bn_farmer_abdullah_no_place():
    return _home(_actor("কৃষক আবদুল্লাহ জানান, এবার ধান ভালো হয়েছে।", "bn", "আবদুল্লাহ"))


@case
def bn_shopkeeper_shahin_in_khulna():
    return _home(_actor("খুলনায় দোকানি শাহীন বলেন, দাম বেড়েছে।", "bn", "শাহীন"))


@case
def bn_driver_tanvir_in_rangpur():
    return _home(_actor("রংপুরে চালক তানভীর জানান, সড়কে যানজট ছিল।", "bn", "তানভীর"))


@case
def guard_tantawi_named_in_full_keeps_variant():
    text = "মিসরের সামরিক প্রধান মোহামেদ হুসেইন তানতায়ুই কায়রোতে বৈঠক করেন। তানতাভি বলেন, নির্বাচন হবে।"
    a = _actor(text, "bn", "তানতাভি", ("PER", "মোহামেদ হুসেইন তানতায়ুই"))
    return a is not None and a.id == "mohamed-hussein-tantawi"


@case
def guard_tantawy_in_cairo():
    a = _actor("In Cairo, Tantawy said elections would be held soon.", "en", "Tantawy")
    return a is not None and a.id == "mohamed-hussein-tantawi"


@case
def guard_home_party_by_fuzzy_match():
    a = actors_at("The NCP held a rally in Dhaka on Friday.", "en", ("ORG", "NCP"), published="2025-05-01")["NCP"]
    return a is not None and a.country == "BGD"
