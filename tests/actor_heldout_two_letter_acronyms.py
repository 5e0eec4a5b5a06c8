"""Held-out cases on two letter names run together inside the name of a body or place nobody
listed ("বিএল কলেজ", "এনএস রোড"): papers write the acronym (BL College, NS Road), not the
letters' reading as a word ("Biel", "Enes"); a listed word stays the word ("সিটি ক্লিনিক" is City
Clinic), and a person's name is not read so. Written before the change they test and not tuned
on; each case returns True when the linker does the right thing; the sentences are written for
these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, typ: str, surface: str) -> str:
    return name_of(actors_at(text, "bn", (typ, surface), published="2025-11-20")[surface])


@case
def bn_two_letter_college():
    return _name("শিক্ষার্থীরা সরকারি কেসি কলেজের সামনে জড়ো হয়।", "ORG", "সরকারি কেসি কলেজের") == "Government KC College"


@case
def bn_two_letter_road():
    return _name("ডিএম রোডে সকাল থেকে যানজট।", "FAC", "ডিএম রোডে") == "DM Road"


@case
def bn_listed_word_stays_a_word():
    return _name("রোগীকে সিটি ক্লিনিকে নেওয়া হয়।", "FAC", "সিটি ক্লিনিকে").startswith("City")
