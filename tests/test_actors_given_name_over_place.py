"""A person's given name that a place or body also bears, followed by surnames, is the person,
not the place (`link._given_name_before_surnames`); a registry person's near namesake whose last
name differs by an l, m, n or r is someone else (`registry._other_sonorant`). Sentences written
for the test."""
from __future__ import annotations

from actor_fixtures import name_at


def test_a_given_name_a_city_bears_before_a_surname_is_the_person():
    text = "সংগঠনের সভাপতি রিয়াদ হোসেন সাংবাদিকদের বলেন, আগামী সপ্তাহে কর্মসূচি হবে।"
    got = name_at(text, "bn", ("PER", "রিয়াদ হোসেন"), published="2025-12-01")
    assert got != "Riyadh" and got.endswith("Hossain")


def test_the_city_alone_stays_the_city():
    text = "তিনি গত সপ্তাহে রিয়াদ থেকে ফিরেছেন।"
    assert name_at(text, "bn", ("GPE", "রিয়াদ"), published="2025-12-01") == "Riyadh"


def test_a_place_before_a_word_that_is_no_surname_keeps_the_place():
    # "রিয়াদ সফরে": a trip to Riyadh, though the NER ran the two words together
    text = "প্রধান উপদেষ্টার রিয়াদ সফর শেষ হয়েছে।"
    assert name_at(text, "bn", ("PER", "রিয়াদ সফর"), published="2025-12-01") != "Riyad Safar"


def test_a_last_name_an_n_away_from_a_known_persons_is_another_person():
    text = "কমিটির সদস্য ইব্রাহীম খলিল বলেন, নির্বাচন সুষ্ঠু হয়েছে।"
    assert name_at(text, "bn", ("PER", "ইব্রাহীম খলিল"), published="2025-12-01") != "İbrahim Kalın"


def test_a_near_spelling_of_a_known_persons_last_name_is_still_that_person():
    from khobor.actors.registry import _same_last
    assert _same_last("peskof", "peskob") and not _same_last("kalil", "kalin")
