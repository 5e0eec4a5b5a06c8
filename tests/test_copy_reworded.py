"""A copy re-edited sentence by sentence is a copy; separately written reports of one
announcement, as long and in as many sentences, are not (held-out texts: copy_reworded_fixtures)."""
from __future__ import annotations

import pytest

from copy_reworded_fixtures import REWORDED_COPIES, SEPARATE_REPORTS
from khobor.organise.duplicates import Article, is_copy, reworded_copy_similarity, sentence_words, words_and_sentences


def _art(doc: int, text: str, lang: str, outlet: str) -> Article:
    tokens, sentences = words_and_sentences(text)
    return Article(doc, "2026-01-20", tokens, outlet, None, lang, sentences)


@pytest.mark.parametrize("name, a, b, lang", REWORDED_COPIES, ids=[c[0] for c in REWORDED_COPIES])
def test_a_copy_reworded_sentence_by_sentence_is_a_copy(name, a, b, lang):
    assert is_copy(_art(1, a, lang, "Outlet A"), _art(2, b, lang, "Outlet B")) is not None


@pytest.mark.parametrize("name, a, b, lang", SEPARATE_REPORTS, ids=[c[0] for c in SEPARATE_REPORTS])
def test_separately_written_reports_of_one_announcement_are_not_copies(name, a, b, lang):
    assert is_copy(_art(1, a, lang, "Outlet A"), _art(2, b, lang, "Outlet B")) is None


def test_reworded_copies_need_their_sentences_in_order():
    """The same sentences shuffled are another text built from one release, not a re-edit."""
    _, a, b, lang = REWORDED_COPIES[0]
    shuffled = " ".join(reversed([s + "." for s in b.rstrip(".").split(". ")]))
    assert reworded_copy_similarity(_art(1, a, lang, "A"), _art(2, b, lang, "B")) is not None
    assert reworded_copy_similarity(_art(1, a, lang, "A"), _art(2, shuffled, lang, "B")) is None


def test_a_reworded_lead_of_a_longer_report_is_left_to_the_containment_tests():
    """Lengths far apart: a truncated lead is aligned_containment's case, not a re-edit's."""
    _, a, b, lang = REWORDED_COPIES[0]
    lead = ". ".join(b.split(". ")[:2]) + "."
    assert reworded_copy_similarity(_art(1, a, lang, "A"), _art(2, lead, lang, "B")) is None


def test_sentence_words_cuts_at_sentences():
    assert sentence_words(_art(1, "One two. Three.", "en", "A")) == [["one", "two"], ["three"]]
