"""Ministries and national bodies named by common nouns (khobor.ner.body_names), on sentences
written for these tests and a held-out file written before the rule
(fixtures/ner_bn_body_names_heldout.jsonl: ministries of one subject and of joined subjects,
national authorities, committees and trusts; traps: "বিভিন্ন মন্ত্রণালয়ের", "সংশ্লিষ্ট মন্ত্রণালয়",
"জাতীয় দলের", "সরকারের মন্ত্রণালয়গুলোর")."""
from __future__ import annotations

import pytest

from khobor.ner.body_names import body_grammar_from, body_name_matches
from test_ner_span_rules import _score_heldout

GRAMMAR = body_grammar_from({"subject_heads": ["মন্ত্রণালয়"], "national_heads": ["সেল"], "openers": ["জাতীয়"],
                             "joiners": [",", "ও"], "not_subjects": ["বিভিন্ন", "জন্য"],
                             "owner_endings": ["ে", "ির"], "max_subjects": 4}, lambda w: w)


def stems(word: str) -> list[str]:
    return [word[:-2]] if word.endswith("ের") else []


def test_a_ministry_of_joined_subjects_is_one_name():
    words = ["ডাক", ",", "টেলিযোগাযোগ", "ও", "তথ্যপ্রযুক্তি", "মন্ত্রণালয়ের", "সচিব"]
    assert body_name_matches(words, [], GRAMMAR, stems) == [(0, 6, "ORG")]


def test_which_ministries_and_whose_ministry_name_nothing():
    assert body_name_matches(["বিভিন্ন", "মন্ত্রণালয়ের", "সচিব"], [], GRAMMAR, stems) == []
    words = ["রাষ্ট্রপতির", "আদেশক্রমে", "স্বরাষ্ট্র", "মন্ত্রণালয়ের"]
    assert body_name_matches(words, [], GRAMMAR, stems) == [(2, 4, "ORG")]


def test_a_national_body_needs_its_opener_and_a_subject():
    assert body_name_matches(["জাতীয়", "তামাক", "নিয়ন্ত্রণ", "সেলের"], [], GRAMMAR, stems) == [(0, 4, "ORG")]
    assert body_name_matches(["তামাক", "নিয়ন্ত্রণ", "সেলের"], [], GRAMMAR, stems) == []
    assert body_name_matches(["জাতীয়", "সেলের"], [], GRAMMAR, stems) == []


def test_words_in_a_span_are_left_to_it():
    assert body_name_matches(["পানিসম্পদ", "মন্ত্রণালয়"], [(0, 2, "ORG")], GRAMMAR, stems) == []


def test_an_unknown_setting_is_an_error():
    with pytest.raises(ValueError):
        body_grammar_from({"subject_head": ["মন্ত্রণালয়"]}, str)


def test_body_names_heldout_sentences():
    """Without the rule 0/0 mentions and 0/6 names found; with it 6/6 and 6/6 (a postposition
    before the ministry, "জন্য", was taken into it until it joined `not_subjects`)."""
    right, predicted, found, gold = _score_heldout("ner_bn_body_names_heldout.jsonl", half_length=True)
    assert right == predicted and found == gold, (right, predicted, found, gold)
