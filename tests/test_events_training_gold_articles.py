"""Issue 9, round 43 (evw43): the Bengali event classifier also learns from whole written articles
of dev and their gold (`gold_articles` in lang/bn/events_training.yaml, khobor.train.gold_articles).
What each candidate of such an article is labelled, which articles may be read, and that the
threshold is never chosen on the articles learned from. The sentences were written for this test."""
from __future__ import annotations

import pytest

from khobor.events.classifier import _check_gold_articles
from khobor.train import gold_articles as ga
from khobor.train.events_training import Example, weighted

ARTICLE = ("পুলিশ দুই যুবককে গ্রেপ্তার করেছে। "
           "এলাকাবাসী জানান, গত বছরও একই ধরনের ঘটনা ঘটেছিল। "
           "সমিতির নেতারা ক্ষতিগ্রস্ত পরিবারের পাশে থাকার আশ্বাস দেন।")
GOLD = {"events": [{"types": ["COERCE"], "evidence": "গ্রেপ্তার করেছে", "required": True},
                   {"types": ["SUPPORT"], "evidence": "পাশে থাকার আশ্বাস দেন", "required": False}],
        "must_not": [{"types": ["ASSAULT"], "why": "no one is hurt"}]}


def _label(word: str, ev_type: str, matches: bool = False):
    start = ARTICLE.index(word)
    return ga.article_label(start, start + len(word), ev_type, ga.evidence_spans(ARTICLE, GOLD), GOLD, matches, 3)


def test_a_candidate_on_a_required_events_evidence_takes_the_gold_type():
    assert _label("গ্রেপ্তার", "COERCE") == ("COERCE", 1)
    assert _label("গ্রেপ্তার", "SANCTION") == ("COERCE", 1)   # the gold's type, not the lexicon's


def test_a_candidate_on_a_non_required_events_evidence_is_left_out():
    assert _label("আশ্বাস", "AGREE") is None


def test_a_must_not_type_off_the_evidence_is_a_strong_none():
    assert _label("ঘটনা", "ASSAULT") == ("NONE", 3)


def test_off_the_evidence_a_candidate_the_scorer_would_count_false_is_none():
    assert _label("ঘটনা", "PROTEST") == ("NONE", 1)
    assert _label("ঘটনা", "COERCE", matches=False) == ("NONE", 1)   # its sides no gold event's
    assert _label("ঘটনা", "COERCE", matches=True) is None          # the arrest told again is no negative


def test_evidence_is_found_across_a_different_run_of_white_space():
    spans = ga.evidence_spans("পুলিশ দুই যুবককে গ্রেপ্তার\nকরেছে।", GOLD)
    assert [(s.types, s.required) for s in spans] == [(("COERCE",), True)]


def test_a_strong_none_counts_its_weight():
    examples = [Example(["f"], "NONE", "article:w1", 3), Example(["g"], "COERCE", "article:w1")]
    assert [label for _, label in weighted(examples)] == ["NONE", "NONE", "NONE", "COERCE"]


@pytest.mark.parametrize("value", [{"split": "dev", "must_not_weight": 3}, {"split": "written_dev"},
                                   {"split": "written_dev", "must_not_weight": 0},
                                   {"split": "test", "must_not_weight": 1}])
def test_only_the_written_articles_of_dev_may_be_learned_from(value):
    with pytest.raises(ValueError):
        _check_gold_articles(value, "events_training.yaml")


def test_the_articles_learned_from_are_written_ones_and_the_threshold_skips_them():
    ids = ga.gold_article_ids("written_dev")
    assert ids and all(article_id.startswith("w") for article_id in ids)
    learned = ga.learned_article_ids("bn")
    assert learned <= set(ids)
