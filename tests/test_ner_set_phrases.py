"""Set phrases whose first word is a name elsewhere (khobor.ner.set_phrases): on their own with a
small phrase list, and through the Bengali pack's data."""
from __future__ import annotations

import pytest

from khobor.ner.gazetteer import settings
from khobor.ner.set_phrases import phrases_from, without_set_phrases
from test_ner_span_rules import entity_mentions

PHRASES = phrases_from(["ইতি টান", "ভোলা যাবে না"], str)


def test_a_span_on_the_first_word_of_a_phrase_is_dropped():
    assert without_set_phrases("ক্যারিয়ারের ইতি টানেন".split(), [(1, 2, "PER")], PHRASES) == []
    # later words match as the start of a word: any form of the verb
    assert without_set_phrases("ইতি টানলেন তিনি".split(), [(0, 1, "ORG")], PHRASES) == []
    assert without_set_phrases("এ কথা ভোলা যাবে না".split(), [(2, 3, "LOC")], PHRASES) == []


def test_the_same_word_without_the_phrase_stays_a_name():
    # "ইতি আক্তার" is a person; "ভোলা যাবে" without "না" is a trip to Bhola
    assert without_set_phrases("ইতি আক্তার বলেন".split(), [(0, 2, "PER")], PHRASES) == [(0, 2, "PER")]
    assert without_set_phrases("কাল ভোলা যাবে দলটি".split(), [(1, 2, "LOC")], PHRASES) == [(1, 2, "LOC")]
    # the phrase at the end of the sentence, cut short: no match
    assert without_set_phrases("ক্যারিয়ারের ইতি".split(), [(1, 2, "PER")], PHRASES) == [(1, 2, "PER")]


def test_a_one_word_phrase_is_refused():
    with pytest.raises(ValueError, match="one word"):
        phrases_from(["ইতি"], str)


def test_the_bengali_pack_drops_ending_and_ancestral_home():
    assert "ইতি" in settings("bn")["set_phrases"]
    assert entity_mentions("সাবেক অধিনায়ক ২০১৯ সালে আন্তর্জাতিক ক্রিকেটের ইতি টানেন।") == []
    assert "আদি নিবাস" not in entity_mentions("তার আদি নিবাস ছিল কুমিল্লার দাউদকান্দিতে।")
    assert entity_mentions("কলেজছাত্রী ইতি আক্তার জানান, তিনি পরীক্ষায় অংশ নিতে পারেননি।") == ["ইতি আক্তার"]
