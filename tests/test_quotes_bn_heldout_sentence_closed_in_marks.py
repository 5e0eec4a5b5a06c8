"""The held-out Bengali set tests/quote_bn_heldout_sentence_closed_in_marks.py through the whole
pipeline: each quotation found as a direct quote (without its marks), its speaker the person who
said it (by the actor's English name)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_bn_heldout_sentence_closed_in_marks import CASES


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_sentence_closed_in_marks_is_a_direct_quote(name, text, expected):
    quotes = assert_speakers_by_actor_name(text, expected)
    for fragment, _ in expected:
        hits = [q for q in quotes if fragment in q.text]
        assert hits[0].kind == "direct" and not hits[0].text.startswith("‘"), (hits[0].kind, hits[0].text)
