"""Alliances named by a count of their parties ("১২ দলীয় জোটের"; khobor.ner.counted_names,
ner.yaml `gazetteer.counted_names`). Sentences written for these tests."""
from __future__ import annotations

from khobor.ner.counted_names import counted_from, counted_names
from test_ner_span_rules import entity_mentions

PHRASES = counted_from({"দলীয় জোট": "ORG"}, str)


def _genitive_stem(word: str) -> list[str]:
    """A toy stemmer: a final "ের" is a case ending."""
    return [word[:-2]] if word.endswith("ের") else []


def test_a_number_and_a_counted_phrase_make_one_name():
    assert counted_names("১২ দলীয় জোটের নেতারা এলেন".split(), [], PHRASES, _genitive_stem) == [(0, 3, "ORG")]
    # a number joined by a hyphen, and a model span inside the phrase giving way
    assert counted_names(["৭", "-", "দলীয়", "জোট", "বৈঠক", "করে"], [(3, 4, "ORG")], PHRASES, _genitive_stem) \
        == [(0, 4, "ORG")]


def test_no_number_or_no_phrase_names_nothing():
    # a number word is not written in digits; "দলীয় বৈঠক" is a party meeting
    assert counted_names("দুই দলীয় জোট হয়".split(), [], PHRASES, _genitive_stem) == []
    assert counted_names("১২ দলীয় বৈঠক হয়".split(), [], PHRASES, _genitive_stem) == []
    # a span across the phrase's edge leaves it out
    assert counted_names("১২ দলীয় জোট সরকার".split(), [(2, 4, "ORG")], PHRASES, _genitive_stem) == [(2, 4, "ORG")]


def test_the_bengali_pack_finds_counted_alliances():
    assert entity_mentions("সভায় ১২ দলীয় জোটের শীর্ষ নেতারা উপস্থিত ছিলেন।") == ["১২ দলীয় জোটের"]


def test_a_phrase_of_one_word_is_found_through_its_case_ending():
    phrases = counted_from({"ব্যাটালিয়ন": "ORG"}, str)
    stems = {"ব্যাটালিয়নের": ["ব্যাটালিয়ন"]}
    assert counted_names("১৫ ব্যাটালিয়নের অধিনায়ক".split(), [], phrases, lambda w: stems.get(w, [])) \
        == [(0, 2, "ORG")]
    # no number before it: a battalion of troops, no name
    assert counted_names("এক ব্যাটালিয়নের সেনা".split(), [], phrases, lambda w: stems.get(w, [])) == []


def test_the_bengali_pack_finds_numbered_battalions():
    assert "১৩৭ ব্যাটালিয়নের" in entity_mentions("বিএসএফের পক্ষে ছিলেন ১৩৭ ব্যাটালিয়নের কমান্ড্যান্ট।")
    assert entity_mentions("বৈঠকে নেতৃত্ব দেন ১৫ বিজিবি ব্যাটালিয়নের অধিনায়ক।") == ["১৫ বিজিবি ব্যাটালিয়নের"]
