"""Held-out cases on "শহীদ" (martyr) inside the name of a body or place nobody listed: the
country's papers write it "Shaheed" there ("Shaheed Suhrawardy Medical College Hospital",
"Central Shaheed Minar"), as every such name in the dev gold does, not the letters' "Shahid"
(a person's শহীদ is an honorific, outside the name: actors.yaml `honorifics`). Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _words(text: str, typ: str, surface: str) -> list[str]:
    return name_of(actors_at(text, "bn", (typ, surface), published="2025-11-20")[surface]).split()


@case
def bn_shaheed_stadium():
    return _words("ফাইনাল খেলা হবে শহীদ রফিক উদ্দিন স্টেডিয়ামে।", "FAC", "শহীদ রফিক উদ্দিন স্টেডিয়ামে")[0] == "Shaheed"


@case
def bn_shaheed_minar_of_a_town():
    return "Shaheed" in _words("সকালে গৌরনদী শহীদ মিনারে ফুল দেওয়া হয়।", "FAC", "গৌরনদী শহীদ মিনারে")


@case
def bn_shahid_spelling_in_a_hall():
    return _words("ছাত্ররা শহিদ আনোয়ার হোসেন হলে অবস্থান নেয়।", "FAC", "শহিদ আনোয়ার হোসেন হলে")[0] == "Shaheed"
