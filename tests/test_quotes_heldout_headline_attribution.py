"""The held-out set tests/quote_heldout_headline_attribution.py through the whole pipeline, each
article with its headline (the headline is part of the record's text, as ingest makes it)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name, quotes_of
from quote_heldout_headline_attribution import CASES
from quote_heldout_headline_tail_not_attribution import CASES as TAIL_CASES


@pytest.mark.parametrize("name, text, expected, language", CASES + TAIL_CASES,
                         ids=[c[0] for c in CASES] + [f"tail-{c[0]}" for c in TAIL_CASES])
def test_lede_pronoun_is_the_headline_attribution_if_any(name, text, expected, language):
    """CASES: a lede pronoun is the headline's closing attribution; TAIL_CASES: a headline tail
    naming nobody is no attribution."""
    headline, body = text.split("\n", 1)
    assert_speakers_by_actor_name(body, expected, language, title=headline)


def test_headline_without_attribution_keeps_its_person():
    """No colon and attribution closing the headline: a person it names as subject is still the
    lede pronoun's antecedent (the rule leaves it alone)."""
    quotes = quotes_of("\"I have come back to stand beside the people,\" he said at the airport on Thursday.", "en",
                       title="Tarique Rahman returns home after 17 years")
    hits = [q for q in quotes if "I have come back" in q.text]
    assert hits and hits[0].speaker is not None and hits[0].speaker.actor is not None
    assert hits[0].speaker.actor.name == "Tarique Rahman"
