"""Government colleges named between an opener and a head ("সরকারি বাঙলা কলেজের";
khobor.ner.opened_names, ner.yaml `gazetteer.opened_names`). Sentences written for these tests."""
from __future__ import annotations

import pytest

from khobor.ner.opened_names import opened_names
from test_ner_span_rules import entity_mentions


def _genitive_stem(word: str) -> list[str]:
    """A toy stemmer: a final "ের" is a case ending."""
    return [word[:-2]] if word.endswith("ের") else []


def test_an_opener_a_proper_name_and_a_head_make_one_name():
    plain = lambda w: w not in {"একটি", "মেডিকেল"}   # noqa: E731 (the common and inner words here)
    heads = {"কলেজ": "ORG"}
    assert opened_names("সরকারি বাঙলা কলেজের ছাত্র".split(), [], frozenset({"সরকারি"}), heads, _genitive_stem, plain) \
        == [(0, 3, "ORG")]
    # a person the model found inside gives way
    assert opened_names("সরকারি আজিজুল হক কলেজ".split(), [(1, 3, "PER")], frozenset({"সরকারি"}), heads,
                        _genitive_stem, plain) == [(0, 4, "ORG")]
    # a counted or a kind of college names nothing ("কলেজের": `_genitive_stem` finds the head in it, so
    # the common word, not a missing head, is what leaves the name out)
    assert opened_names("সরকারি একটি কলেজের".split(), [], frozenset({"সরকারি"}), heads, _genitive_stem, plain) == []
    assert opened_names("সরকারি মেডিকেল কলেজ".split(), [], frozenset({"সরকারি"}), heads, _genitive_stem, plain) == []


def test_the_bengali_pack_finds_government_colleges():
    assert entity_mentions("তিনি সরকারি কবি নজরুল কলেজের শিক্ষক।") == ["সরকারি কবি নজরুল কলেজের"]
    assert entity_mentions("সরকারি একটি কলেজে ভর্তি হন তিনি।") == []


def test_a_head_right_after_the_opener_closes_a_kind_not_a_name():
    # "left a government college for Bangla College": the first head closes "a government college",
    # a kind; the name after it has no opener of its own and is not joined to the first
    plain = lambda w: w not in {"ছেড়ে"}   # noqa: E731
    words = "সরকারি কলেজ ছেড়ে বাঙলা কলেজে".split()
    assert opened_names(words, [], frozenset({"সরকারি"}), {"কলেজ": "ORG"}, lambda w: ["কলেজ"] if w == "কলেজে" else [],
                        plain) == []


def test_a_common_word_between_opener_and_head_leaves_no_name_unless_it_names():
    # "left a government job, and at Rafiq College ...": a common word of running text between
    # the opener and the head; "কবি" (poet) is one of the pack's name words and stays inside
    plain = lambda w: w not in {"চাকরি", "ছেড়ে", "কবি"}   # noqa: E731
    heads = {"কলেজ": "ORG"}
    assert opened_names("সরকারি চাকরি ছেড়ে রফিক কলেজ".split(), [], frozenset({"সরকারি"}), heads, _genitive_stem,
                        plain) == []
    assert opened_names("সরকারি কবি নজরুল কলেজ".split(), [], frozenset({"সরকারি"}), heads, _genitive_stem, plain,
                        frozenset({"কবি"})) == [(0, 4, "ORG")]


def test_the_bengali_pack_leaves_a_government_job_out():
    assert "সরকারি চাকরি ছেড়ে রফিক কলেজে" not in entity_mentions("সরকারি চাকরি ছেড়ে রফিক কলেজে শিক্ষকতা শুরু করেন।")


def test_an_unknown_opened_names_key_is_an_error():
    from khobor.ner.opened_names import opened_from
    with pytest.raises(ValueError, match="openerz"):
        opened_from({"openerz": ["সরকারি"]}, str, "lang/xx/ner.yaml")
