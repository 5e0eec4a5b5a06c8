"""Acronyms of common nouns are no names (khobor.ner.common_acronyms, English `common_acronyms`),
on sentences written for these tests and a held-out file written before the rule
(fixtures/ner_en_common_acronyms_heldout.jsonl: TV, VAT, ICU, CCTV, NID, OC, ODI, CEO, QR beside
the people, places and bodies of the same sentences)."""
from __future__ import annotations

from khobor.ner.common_acronyms import without_common_acronyms, without_common_words_alone
from khobor.ner.model import common_words_of
from test_ner_span_rules import _score_heldout, entity_mentions

ACRONYMS = frozenset({"VAT", "ICU", "CEO"})
GLUE = common_words_of("en")[2]   # the English pack's possessives, "of" and joiners


def test_a_common_acronym_alone_is_dropped():
    assert without_common_acronyms(["the", "VAT", "rate"], [(1, 2, "ORG")], ACRONYMS, GLUE) == []
    assert without_common_acronyms(["the", "CEO", "'s", "car"], [(1, 3, "ORG")], ACRONYMS, GLUE) == []


def test_an_acronym_opening_a_span_with_of_leaves_the_name():
    words = ["the", "ICU", "of", "Dhaka", "Medical", "College"]
    assert without_common_acronyms(words, [(1, 6, "ORG")], ACRONYMS, GLUE) == [(3, 6, "ORG")]


def test_other_acronyms_and_longer_names_stay():
    spans = [(0, 1, "ORG"), (2, 4, "ORG")]
    assert without_common_acronyms(["BNP", "and", "VAT", "Tribunal"], spans, ACRONYMS, GLUE) == spans


def test_the_english_pack_drops_them_in_the_entities_stage():
    text = "Police said CCTV footage showed two men leaving the shop in Mirpur shortly after midnight."
    assert entity_mentions(text, "en") == ["Mirpur"]


def test_common_acronyms_heldout_sentences():
    """Without the rule 12/17 mentions right and 12/12 names found; with it 12/12 and 12/12."""
    right, predicted, found, gold = _score_heldout("ner_en_common_acronyms_heldout.jsonl", half_length=True, code="en")
    assert right == predicted and found == gold, (right, predicted, found, gold)


def test_common_words_alone_are_dropped_and_stay_inside_names():
    alone = frozenset({"Test", "Hindus", "Muslims"})
    assert without_common_words_alone(["the", "second", "Test"], [(2, 3, "LOC")], alone, GLUE) == []
    assert without_common_words_alone(["Hindus", "and", "Muslims"], [(0, 3, "ORG")], alone, GLUE) == []
    assert without_common_words_alone(["Adelaide", "Test"], [(0, 2, "EVT")], alone, GLUE) == [(0, 2, "EVT")]


def test_words_alone_heldout_sentences():
    """Sentences written before `common_words_alone` (a Test, Jumma prayers, religious communities,
    a numbered road; "UNO", the upazila's officer, joined `common_acronyms` with it): without
    either rule 7/11 mentions right, 7/7 names found; with them 7/7 and 7/7."""
    right, predicted, found, gold = _score_heldout("ner_en_words_alone_heldout.jsonl", half_length=True, code="en")
    assert right == predicted and found == gold, (right, predicted, found, gold)
