"""Runs tests/quote_heldout_en_shared_surname_speakers.py through the whole pipeline: each quote is
found, and its speaker's actor names the speaker's own given name, never the other person sharing
the surname."""
from __future__ import annotations

import pytest

from quote_fixtures import quotes_of
from quote_heldout_en_shared_surname_speakers import CASES


@pytest.mark.parametrize("text, fragment, own_word, other", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_is_not_the_namesake(text, fragment, own_word, other):
    quotes = [q for q in quotes_of(text, "en", "2025-12-28", "") if fragment in q.text]
    assert quotes, f"{fragment}: missed"
    actor = quotes[0].speaker.actor if quotes[0].speaker else None
    assert actor is not None and own_word in actor.name and other not in actor.name, actor
