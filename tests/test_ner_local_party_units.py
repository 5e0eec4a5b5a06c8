"""A party's local unit named by its place and unit words ("ঢাকা মহানগর দক্ষিণ বিএনপির") is one
organisation: the grammar of headed names grows it from a model span that stops at its unit word
(`ner.headed_names._openings`), and the linker keeps it whole over the party inside
(`actors.link._local_unit`). Sentences written for these tests."""
from __future__ import annotations

from actor_fixtures import link_spans
from test_ner_span_rules import entity_mentions


def test_a_local_unit_grows_from_a_model_span_that_stops_at_its_unit_word():
    # the model tags "ঢাকা মহানগর" and leaves "দক্ষিণ" out; the registry finds the party
    assert "ঢাকা মহানগর দক্ষিণ বিএনপির" in entity_mentions(
        "সমাবেশে সভাপতিত্ব করেন ঢাকা মহানগর দক্ষিণ বিএনপির আহ্বায়ক রফিকুল আলম।")


def test_the_linker_keeps_a_local_unit_whole():
    text = "সভায় চট্টগ্রাম মহানগর বিএনপির আহ্বায়ক বক্তব্য দেন।"
    linked = link_spans(text, "bn", ("ORG", "চট্টগ্রাম মহানগর বিএনপির"), published="2025-06-15")
    assert "চট্টগ্রাম মহানগর বিএনপির" in linked
    # a place and a party joined by "ও" stay two, even under one wider NER span: the word before
    # the party is no unit word (given as two spans, no rule could have joined them)
    text = "সভায় ঢাকা ও বিএনপির নেতারা ছিলেন।"
    assert "বিএনপির" in link_spans(text, "bn", ("ORG", "ঢাকা ও বিএনপির"), published="2025-06-15")
