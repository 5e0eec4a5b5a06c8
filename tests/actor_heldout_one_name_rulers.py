"""Held-out cases on a one-word given name of a person in a home story ("ফয়সাল বলেন" in Dhaka)
that the imported Phoenix dictionary lists as a foreign ruler by that one name and types ORG
("Faysal", Saudi Arabia's king until 1975; "Khalid"; "Hassan"; "Subroto"): a namesake, a
provisional private person, never the foreign office holder, as foreign_namesake already made a
Phoenix person typed PER. Guards: the ruler in a story set in his own country stays linked, and
a name no dictionary ruler bears is not touched. Written before the change they test and not
tuned on; each case returns True when the linker does the right thing; the sentences are written
for these tests, not taken from any outlet. (bn_tea_worker_subroto_in_sylhet passed before too.)"""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at

CASES, case = case_registry()


def _actor(text: str, surface: str, code: str = "bn"):
    return actors_at(text, code, ("PER", surface), published="2025-05-01")[surface]


def _private(a) -> bool:
    return a is not None and a.country is None and a.id.startswith("new:")


@case
def bn_resident_faysal_in_dhaka():
    return _private(_actor("ঢাকার মিরপুরে স্থানীয় বাসিন্দা ফয়সাল বলেন, রাতে গুলির শব্দ শোনা যায়।", "ফয়সাল"))


@case
def bn_shopkeeper_khalid_in_cumilla():
    return _private(_actor("কুমিল্লায় দোকানি খালিদ জানান, তিনি ঘটনাস্থলে ছিলেন।", "খালিদ"))


@case
def bn_student_hasan_in_rajshahi():
    return _private(_actor("রাজশাহীতে কলেজছাত্র হাসান বলেন, পরীক্ষা পেছানো হোক।", "হাসান"))


@case
def bn_tea_worker_subroto_in_sylhet():
    return _private(_actor("সিলেটে চা-শ্রমিক সুব্রত জানান, মজুরি বাড়েনি।", "সুব্রত"))


@case
def en_resident_faysal_in_dhaka():
    return _private(_actor("In Dhaka, local resident Faysal said he heard gunshots at night.", "Faysal", "en"))


@case
def en_shopkeeper_khalid_in_khulna():
    return _private(_actor("A shopkeeper in Khulna, Khalid, said prices had doubled.", "Khalid", "en"))


@case
def en_fisherman_hassan_in_barishal():
    return _private(_actor("In Barishal, fisherman Hassan said the river had risen overnight.", "Hassan", "en"))


@case
def guard_king_faysal_in_riyadh():
    a = _actor("সৌদি আরবের রিয়াদে বাদশাহ ফয়সাল এক ভাষণ দেন।", "ফয়সাল")
    return a is not None and a.country == "SAU"


@case
def guard_curated_foreign_minister_stays():
    a = _actor("ঢাকায় সফররত ভারতের পররাষ্ট্রমন্ত্রী এস জয়শঙ্কর বলেন, সম্পর্ক দৃঢ় হবে।", "এস জয়শঙ্কর")
    return a is not None and a.country == "IND"
