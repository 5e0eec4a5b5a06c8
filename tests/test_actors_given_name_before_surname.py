"""A one-word span the NER cut off a Bangladeshi's name (the surname alone, tagged a person, body
or place) takes the person-name word right before it (Provisional._given_name_before), but not a
relative's word ("বাবা", lang data `kin_words`) nor a place. The sentences are written for these
tests."""
from __future__ import annotations

from actor_fixtures import name_at


def test_surname_alone_takes_the_given_name_before_it():
    t = "থানার ভারপ্রাপ্ত কর্মকর্তা রাকিব মাহমুদ সাংবাদিকদের বলেন, তদন্ত চলছে।"
    assert name_at(t, "bn", ("PER", "মাহমুদ"), published="2025-12-20") == "Rakib Mahmud"


def test_surname_tagged_a_body_is_the_person_too():
    t = "সহকারী প্রক্টর ফারহানা ইয়াসমিনের নেতৃত্বে একটি দল ঘটনাস্থলে যায়।"
    assert name_at(t, "bn", ("ORG", "ইয়াসমিনের"), published="2025-12-20") == "Farhana Yasmin"


def test_a_relatives_word_before_a_name_stays_out():
    t = "তার বাবা ব্রেন্ডন ও চাচা জন দুজনেই টেস্ট খেলেছেন।"
    assert "Baba" not in name_at(t, "bn", ("LOC", "ব্রেন্ডন"), published="2025-12-20")


def test_a_word_of_running_text_before_a_name_stays_out():
    # "গেলে" (if one goes) is a name word's spelling too, but the NER sets' common words are no
    # given name; nor is a people's word ("বাঙালি")
    t = "বাজারে গেলে হারুনের সঙ্গে দেখা হয়। পরে তিনি বাড়ি ফেরেন।"
    assert name_at(t, "bn", ("PER", "হারুনের"), published="2025-12-20") == "Harun"
    t = "সভায় বাঙালি মুসলিম সমাজের কথা ওঠে।"
    assert "Bengali" not in name_at(t, "bn", ("PER", "মুসলিম"), published="2025-12-20")


def test_a_name_word_after_a_run_of_name_words_is_not_taken():
    # "হাসান মাহমুদ সাকিব" with only "সাকিব" tagged: the rule leaves it (a longer name, or the end
    # of another's), and the lone word's mention finds the full name written around it
    t = "প্রার্থীরা হলেন কামরুল হাসান, হাসান মাহমুদ সাকিব ও অন্যরা।"
    assert name_at(t, "bn", ("PER", "সাকিব"), published="2025-12-20") == "Hasan Mahmud Sakib"
