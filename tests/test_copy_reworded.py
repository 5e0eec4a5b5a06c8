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


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_a_lead_copying_two_separate_reports_does_not_make_them_one_report(lang):
    """Whatever order they come in, the lead joins one report and the two reports stay two."""
    from itertools import permutations

    from copy_reworded_fixtures import SHARED_WIRE_FOLLOWS, SHARED_WIRE_LEAD
    from khobor.organise.duplicates import report_groups
    lead = SHARED_WIRE_LEAD[lang]
    arts = [_art(1, lead + SHARED_WIRE_FOLLOWS[lang][0], lang, "Outlet A"),
            _art(2, lead + SHARED_WIRE_FOLLOWS[lang][1], lang, "Outlet B"), _art(3, lead, lang, "Outlet C")]
    assert is_copy(arts[0], arts[2]) and is_copy(arts[1], arts[2]) and is_copy(arts[0], arts[1]) is None
    for order in permutations(arts):
        groups = {c.doc: c.report for c in report_groups(order)}
        assert groups.get(2, 2) != groups.get(1, 1)
        assert 3 in groups


def test_copies_of_one_text_still_make_one_report():
    """A text, its light re-edit and its truncated lead: every pair copies, one report of three."""
    from khobor.organise.duplicates import report_groups
    _, a, b, lang = REWORDED_COPIES[0]
    lead = ". ".join(a.split(". ")[:2]) + "."
    arts = [_art(1, a, lang, "Outlet A"), _art(2, b, lang, "Outlet B"), _art(3, lead, lang, "Outlet C")]
    assert sorted((c.doc, c.report) for c in report_groups(arts)) == [(2, 1), (3, 1)]
