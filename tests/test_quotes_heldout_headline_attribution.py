"""The held-out set tests/quote_heldout_headline_attribution.py through the whole pipeline, each
article with its headline (the headline is part of the record's text, as ingest makes it)."""
from __future__ import annotations

import unicodedata

import pytest

from khobor.ingest.raw import RawArticle
from khobor.pipeline import process
from quote_heldout_headline_attribution import CASES


def _quotes(headline: str, body: str, language: str):
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    return process(RawArticle(source="heldout", text=nfc(body), title=nfc(headline), url="http://example.org/a",
                              language=language, published="2025-12-28")).quotes


@pytest.mark.parametrize("name, text, expected, language", CASES, ids=[c[0] for c in CASES])
def test_lede_pronoun_is_the_headline_attribution(name, text, expected, language):
    headline, body = text.split("\n", 1)
    quotes = _quotes(headline, body, language)
    for fragment, actor_name in expected:
        hits = [q for q in quotes if unicodedata.normalize("NFC", fragment) in q.text]
        assert hits, [q.text for q in quotes]
        got = hits[0].speaker.actor if hits[0].speaker else None
        assert getattr(got, "name", None) == actor_name, (hits[0].speaker, got)


def test_headline_without_attribution_keeps_its_person():
    """No colon and attribution closing the headline: a person it names as subject is still the
    lede pronoun's antecedent (the rule leaves it alone)."""
    quotes = _quotes("Tarique Rahman returns home after 17 years",
                     "\"I have come back to stand beside the people,\" he said at the airport on Thursday.", "en")
    hits = [q for q in quotes if "I have come back" in q.text]
    assert hits and hits[0].speaker is not None and hits[0].speaker.actor is not None
    assert hits[0].speaker.actor.name == "Tarique Rahman"
