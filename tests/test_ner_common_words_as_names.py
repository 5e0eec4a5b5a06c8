"""Bengali common words read as people's names: henna ("মেহেদি", a given name elsewhere), God in
prayers, a file photo, the words of a rank, and common nouns whose short form, once the NER took
one into a person, named every later use of the word. Every text here is written for these tests."""
from __future__ import annotations

from actor_fixtures import link_spans
from test_ner_span_rules import entity_mentions


def test_henna_worn_or_put_on_is_no_person():
    assert "মেহেদি" not in " ".join(entity_mentions("বিয়ের আগের রাতে কনের হাতে মেহেদি পরানো হয়।"))
    assert "মেহেদি" not in " ".join(entity_mentions("গ্রামে এখন মেহেদি নাইট একটি আলাদা উৎসব।"))
    assert "মেহেদি" not in " ".join(entity_mentions("আগে কনের হাতে মেহেদি লাগানো হতো দুই দিন আগে।"))


def test_a_man_named_mehedi_stays_a_person():
    assert "মেহেদি হাসান মিরাজ" in entity_mentions("অলরাউন্ডার মেহেদি হাসান মিরাজ দলে ফিরেছেন।")


def test_god_in_a_prayer_and_a_file_photo_are_no_people():
    assert entity_mentions("আমরা আবার মাঠে ফিরব ইনশা আল্লাহ।") == []
    assert entity_mentions("মহান আল্লাহ তাকে জান্নাত নসিব করুন।") == []
    assert entity_mentions("ফাইল ফটো।") == []


def test_the_words_of_a_rank_are_no_person_of_their_own():
    found = entity_mentions("বিমানবাহিনী প্রধান এয়ার চিফ মার্শাল রফিকুল হক খান সভায় বক্তব্য দেন।")
    assert "রফিকুল হক খান" in found
    assert not any(x.startswith(("এয়ার", "চিফ")) for x in found)


def test_a_common_noun_in_a_false_name_names_no_later_use_of_it():
    text = "শ্রমিকরা বিড়ি খাওয়ার জন্য বাইরে যান। পরে স্থানীয়রা তাদের কাছে বিড়ি চায়।"
    linked = link_spans(text, "bn", ("PER", "বিড়ি খাওয়ার"), published="2025-12-10")
    assert "বিড়ি" not in linked
