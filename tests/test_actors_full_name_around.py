"""A registry person the NER tagged by one word of a name the text writes whole (issue 10, round
35): "ক্রিশ্চিয়ানো [রোনালদো]" gave an entity "রোনালদো" that the gold's "ক্রিশ্চিয়ানো রোনালদো" is more
than twice as long as, so the name was missed and the short mention a false one.

Rule `full_name_around` (khobor.actors.context): the word right before or after the mention that
makes with it a name the registry reads as the same person joins the mention; a place or a title
there does not. Every text here is written for these tests; the NER spans are placed by hand.
"""
from __future__ import annotations

from actor_fixtures import link_spans


def test_the_given_name_before_a_known_surname_joins_it():
    """"ডনাল্ড": a spelling the registry lacks ("ডোনাল্ড ট্রাম্প"); with the surname, its fuzzy match."""
    text = "ওয়াশিংটনে সংবাদ সম্মেলনে ডনাল্ড ট্রাম্প নতুন শুল্কের ঘোষণা দেন।"
    got = link_spans(text, "bn", ("PER", "ট্রাম্প"), published="2025-12-01")
    assert "ডনাল্ড ট্রাম্প" in got and got["ডনাল্ড ট্রাম্প"].id == "donald-trump", got


def test_a_place_before_a_known_person_stays_apart():
    """"ভারতের মোদী": India's Modi; the country is a mention of its own, not a word of his name."""
    text = "সম্মেলনে ভারতের মোদী ও অন্য নেতারা বক্তব্য দেন।"
    got = link_spans(text, "bn", ("GPE", "ভারতের"), ("PER", "মোদী"), published="2025-12-01")
    assert "মোদী" in got and "ভারতের মোদী" not in got, got


def test_a_word_with_a_case_ending_before_a_known_person_stays_apart():
    """"তরুণ বয়সে": at a young age; the case ending closes the clause's word, no given name."""
    text = "তরুণ বয়সে শহীদ প্রেসিডেন্ট জিয়াউর রহমানের আদর্শে অনুপ্রাণিত হয়ে তিনি রাজনীতিতে যুক্ত হন।"
    got = link_spans(text, "bn", ("PER", "জিয়াউর রহমানের"), published="2025-12-01")
    assert not any("বয়সে" in surface for surface in got), got
    assert any(a is not None and a.id == "ziaur-rahman" for a in got.values()), got
