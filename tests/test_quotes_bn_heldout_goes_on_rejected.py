"""The held-out set tests/quote_bn_heldout_goes_on_rejected.py through the whole pipeline: where
speaker_talks_on rejects the earlier speaker, `--explain` does not claim speaker_goes_on decided."""
from __future__ import annotations

import pytest

from quote_fixtures import record_of
from quote_bn_heldout_goes_on_rejected import CASES


@pytest.mark.parametrize("name, text, fragment", CASES, ids=[c[0] for c in CASES])
def test_rejected_goes_on_is_not_explained(name, text, fragment):
    rec = record_of(text, "bn", "2025-12-28", "")
    hits = [q for q in rec.quotes if fragment in q.text]
    assert hits, "the pronoun's quote is found"
    q = hits[0]
    first = rec.quotes[0]
    resolved_to_first = (q.speaker is not None and q.speaker.actor is not None and first.speaker is not None
                         and first.speaker.actor is not None and q.speaker.actor.id == first.speaker.actor.id)
    assert not resolved_to_first, "somebody named since: the first speaker does not go on"
    assert "speaker_goes_on" not in [step.get("rule") for step in q._explain]
