"""A river the registry lacks, named "X নদী" in Bengali, is a provisional place "X River", the
English form name_words.yaml gives নদী (lang/bn data), not the romanised "X Nadi"/"X Nadir".
Sentences written for this test."""
from __future__ import annotations

from actor_fixtures import actors_at, name_of


def _river(text: str, surface: str) -> str:
    return name_of(actors_at(text, "bn", ("LOC", surface), published="2025-06-12")[surface])


def test_river_word_takes_its_english_form():
    t = "ভারী বর্ষণে কুমারখোলা নদীর পানি বিপৎসীমার ওপর দিয়ে বইছে বলে স্থানীয়রা জানান।"
    assert _river(t, "কুমারখোলা নদীর") == "Kumarkhola River"
