"""The held-out Bengali set tests/quote_bn_heldout_issuer_in_genitive.py through the whole pipeline:
each quote found, its speaker the body that issued the document (by the actor's English name)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_bn_heldout_issuer_in_genitive import CASES


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_document_speaks_for_its_issuer(name, text, expected):
    assert_speakers_by_actor_name(text, expected)
