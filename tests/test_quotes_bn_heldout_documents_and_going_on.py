"""The held-out Bengali set tests/quote_bn_heldout_document_pointed_back.py through the whole
pipeline."""
from __future__ import annotations

import pytest

from quote_bn_heldout_document_pointed_back import CASES as DOCUMENT_CASES
from quote_fixtures import assert_speakers_by_actor_name, quotes_of


@pytest.mark.parametrize("name, text, expected", DOCUMENT_CASES, ids=[c[0] for c in DOCUMENT_CASES])
def test_document_pointed_back_speaks_for_its_issuer(name, text, expected):
    quotes = assert_speakers_by_actor_name(text, expected)
    for fragment, _ in expected:
        hit = next(q for q in quotes if fragment in q.text)
        assert hit.speaker.text == "এতে", hit.speaker.text


def test_a_document_named_with_no_issuer_before_speaks_for_nobody():
    text = ("শহরের তিনটি সড়কে যান চলাচল বন্ধ থাকবে। এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে। এতে বলা হয়, "
            "মেরামতের কাজ চলবে আগামী শুক্রবার পর্যন্ত।")
    hits = [q for q in quotes_of(text) if "মেরামতের কাজ চলবে" in q.text]
    assert hits and (hits[0].speaker is None or hits[0].speaker.actor is None), hits
