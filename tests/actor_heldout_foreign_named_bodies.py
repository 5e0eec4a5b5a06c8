"""Held-out cases on a name the NER typed as a body or a place that opens with a foreign given
name (lang data `ner_given_names.txt`): a person's name mistyped, or a body named after a person,
spelt as a foreign name ("মেগান রবসন" -> Megan Robson, not "Megan Rabasan"); a body's name
without such a word keeps the home reading. Written before the change they test and not tuned on;
each case returns True when the linker does the right thing; the sentences are written for these
tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, typ: str, surface: str) -> str:
    return name_of(actors_at(text, "bn", (typ, surface), published="2025-11-20")[surface])


@case
def bn_person_tagged_org():
    return _name("তালিকায় তৃতীয় ইংল্যান্ডের মেগান রবসন (৪,২১০)।", "ORG", "মেগান রবসন") == "Megan Robson"


@case
def bn_person_tagged_loc():
    return _name("চোট কাটিয়ে দলে ফিরেছেন ক্যামেরন ডবসন।", "LOC", "ক্যামেরন ডবসন") == "Cameron Dobson"


@case
def bn_home_body_keeps_home_letters():
    return _name("রবসন ট্রেডার্সের গুদামে আগুন লাগে।", "ORG", "রবসন ট্রেডার্সের").startswith("Rabasan ")
