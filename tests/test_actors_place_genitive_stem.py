"""A lone village name the registry lacks, in the genitive with a bare -র after a vowel sign
("কোনাবাড়ীর", "মধ্যপাড়ার"): the stem ends in a place word, so the word is a provisional place
named from the stem (provisional.Provisional._place_stem); before, the -র stayed on, the word was
not place-shaped, and the place went unlinked. Sentences written for this test."""
from __future__ import annotations

from actor_fixtures import actors_at, name_of


def _place(text: str, surface: str, typ: str = "LOC") -> str | None:
    a = actors_at(text, "bn", (typ, surface), published="2025-06-12")[surface]
    return name_of(a) if a is not None else None


def test_village_in_bari_genitive_is_named_from_its_stem():
    t = "নিহত শ্রমিক গাজীপুরের শিমুলবাড়ীর একটি কারখানায় কাজ করতেন বলে স্বজনেরা জানান।"
    assert _place(t, "শিমুলবাড়ীর") == "Shimulbari"


def test_neighbourhood_in_para_genitive_is_named_from_its_stem():
    t = "আগুনে দক্ষিণ দিকের বকুলপাড়ার অন্তত বারোটি ঘর পুড়ে গেছে।"
    assert _place(t, "বকুলপাড়ার") == "Bakulpara"


def test_word_without_a_place_ending_stays_unlinked():
    t = "পরে হরিণমারীর হাটে তাঁকে আবার দেখা যায় বলে পুলিশ জানায়।"
    assert _place(t, "হরিণমারীর") is None
