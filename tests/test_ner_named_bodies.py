"""Bodies named by a proper name and a head of their kind ("দেশবন্ধু গ্রুপের", "গাবুরা ফ্রেন্ডস
ক্লাব"; khobor.ner.named_bodies, ner.yaml `gazetteer.named_bodies`). Sentences written for these tests."""
from __future__ import annotations

import pytest

from khobor.ner.named_bodies import BodyWords, bodies_from, named_bodies
from test_ner_span_rules import entity_mentions

WORDS = BodyWords(heads={"গ্রুপ": "ORG", "ক্লাব": "ORG", "সংসদ": "ORG"}, inner=frozenset({"স্মৃতি", "ফ্রেন্ডস"}),
                  person_heads=frozenset({"গ্রুপ"}), not_by_places=frozenset({"গ্রুপ"}),
                  after_kinds_only=frozenset({"সংসদ"}), named_only=frozenset({"গ্রুপ"}))
COMMON = {"হয়ে", "গোল", "করেন", "দক্ষ", "একটি", "গঠন", "ব্রিটিশ"}


def _stems(word: str) -> list[str]:
    """A toy stemmer: a final "ের" or "ে" is a case ending."""
    return [word[:-2]] if word.endswith("ের") else [word[:-1]] if word.endswith("ে") else []


def _bodies(sentence: str, spans=(), name_words=frozenset()) -> list:
    words = sentence.split()
    return named_bodies(words, list(spans), WORDS, _stems, lambda k: words[k] not in COMMON,
                        lambda k: words[k] in name_words)


def test_a_proper_name_kind_words_and_a_head_make_one_body():
    assert _bodies("গাবুরা ফ্রেন্ডস ক্লাব চ্যাম্পিয়ন") == [(0, 3, "ORG")]
    # the head with a case ending closes the name; a span of the model's inside gives way
    assert _bodies("মজুমদার গ্রুপের পণ্য", [(0, 1, "PER")]) == [(0, 2, "ORG")]


def test_a_person_opens_a_company_or_a_name_with_a_kind_word_only():
    # Ronaldo playing for his club: no club of that name
    assert _bodies("রোনালদো ক্লাবের হয়ে গোল করেন", [(0, 1, "PER")]) == [(0, 1, "PER")]
    # a club named in someone's memory, tagged a person by the model, is the club
    assert _bodies("সিরাজ স্মৃতি সংসদ চ্যাম্পিয়ন", [(0, 3, "PER")]) == [(0, 3, "ORG")]
    assert _bodies("সিরাজ স্মৃতি সংসদ চ্যাম্পিয়ন", [(0, 1, "PER")]) == [(0, 3, "ORG")]


def test_heads_that_need_a_known_name_a_kind_word_or_no_place():
    # "a skilled expert group": no name word before "group"
    assert _bodies("একটি দক্ষ এক্সপার্ট গ্রুপ গঠন") == []
    assert _bodies("দক্ষ মজুমদার গ্রুপ", name_words={"মজুমদার"}) == [(1, 3, "ORG")]
    # a country's team in a tournament's group
    assert _bodies("মোজাম্বিক গ্রুপ এফ", [(0, 1, "LOC")]) == [(0, 1, "LOC")]
    # "সংসদ" closes a club's name after a kind word only: the British parliament is no club
    assert _bodies("ব্রিটিশ সংসদ", []) == []


def test_a_span_with_a_case_ending_opens_no_body():
    # "the college's eleven": the genitive closes the college's name
    words = "বরগুনা সরকারি কলেজের ক্লাব জিতেছে".split()
    assert named_bodies(words, [(0, 3, "ORG")], WORDS, _stems, lambda k: False, is_bare=lambda k: k != 2) \
        == [(0, 3, "ORG")]
    # written bare, the same span opens the club's name
    words = "বরগুনা সরকারি কলেজ ক্লাব জিতেছে".split()
    assert named_bodies(words, [(0, 3, "ORG")], WORDS, _stems, lambda k: False) == [(0, 4, "ORG")]


def test_a_loan_head_closes_two_english_words_only():
    words = BodyWords(heads={"এজেন্সি": "ORG"}, inner=frozenset(), person_heads=frozenset(),
                      loan_heads=frozenset({"এজেন্সি"}))
    english = {"হেলথ", "সিকিউরিটি", "রিক্রুটিং"}

    def bodies(sentence: str) -> list:
        w = sentence.split()
        return named_bodies(w, [], words, _stems, lambda k: w[k] not in COMMON, is_loan=lambda k: w[k] in english)
    assert bodies("হেলথ সিকিউরিটি এজেন্সি দল") == [(0, 3, "ORG")]
    # one word before the head is a kind of agency; a word of no English name opens none
    assert bodies("একটি রিক্রুটিং এজেন্সি মাধ্যমে") == []
    assert bodies("সর্বজনীন সিকিউরিটি এজেন্সি দল") == []


def test_an_unknown_named_bodies_key_is_an_error():
    with pytest.raises(ValueError, match="named_bodies"):
        bodies_from({"heads": {}, "openers": []}, str)


def test_the_bengali_pack_finds_companies_and_clubs_in_lists():
    found = entity_mentions("লেনদেনের শীর্ষে ছিল জামান কটন, সিমটেক্স ইন্ডাস্ট্রিজ লিমিটেড ও রূপালী টেক্সটাইল।")
    assert "সিমটেক্স ইন্ডাস্ট্রিজ লিমিটেড" in found
    found = entity_mentions("অংশ নেয়া দলগুলো হলো— গাবুরা ফ্রেন্ডস ক্লাব, চকবারা সি এস ক্লাব ও অন্যরা।")
    assert "গাবুরা ফ্রেন্ডস ক্লাব" in found
    assert entity_mentions("রোনালদো ক্লাবের হয়ে গোল করেন।") == ["রোনালদো"]
    # a kind of school, no name: "সরকারি" is a common noun of bodies' names (name_words.yaml)
    assert entity_mentions("মেয়েটি সরকারি বালিকা বিদ্যালয়ে পড়ে।") == []
