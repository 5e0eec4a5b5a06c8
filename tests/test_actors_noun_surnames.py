"""Surnames that are common words too (issue 10; lang data `noun_surnames`: "সরকার" government or
Sarkar, "প্রধান" chief or Prodhan): after a two-word name the registry does not know they end the
name, which the NER cut before them. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from actor_fixtures import actors_at, name_at


@pytest.mark.parametrize("text, surface, full", [
    ("লোকগবেষক রহিম উদ্দিন সরকার মনে করেন, গ্রামের গান হারিয়ে যাচ্ছে।", "রহিম উদ্দিন", "Sarkar"),
    ("থানার ওসি কামরুল হাসান সরকারের ভাষ্য, মামলাটি তদন্তাধীন।", "কামরুল হাসান", "Sarkar"),
    ("সমিতির সাধারণ সম্পাদক নুরুল আমিন প্রধান দাবি করেন, চালের দাম কমবে।", "নুরুল আমিন", "Pr"),
])
def test_a_noun_surname_after_two_name_words_ends_the_name(text, surface, full):
    name = name_at(text, "bn", ("PER", surface), published="2025-03-10")
    assert name.split()[-1].startswith(full), name


def test_a_noun_surname_before_the_word_it_qualifies_stays_out():
    """"প্রধান অতিথি": the chief guest, not a Prodhan."""
    text = "অনুষ্ঠানে রহিম উদ্দিন প্রধান অতিথি হিসেবে উপস্থিত ছিলেন।"
    name = name_at(text, "bn", ("PER", "রহিম উদ্দিন"), published="2025-03-10")
    assert name.split()[-1] != "Prodhan" and not name.endswith("dhan"), name


def test_a_known_person_before_the_noun_keeps_the_government():
    """"শেখ হাসিনা সরকারের": her government, not a namesake "Sheikh Hasina Sarkar"."""
    text = "শেখ হাসিনা সরকারের পতনের পর দেশে নতুন সরকার গঠিত হয়।"
    got = actors_at(text, "bn", ("PER", "শেখ হাসিনা"), published="2025-03-10")
    assert got["শেখ হাসিনা"] is not None and got["শেখ হাসিনা"].id == "sheikh-hasina"
