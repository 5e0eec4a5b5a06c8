"""The held-out Bengali set tests/quote_bn_heldout_joined_offices.py through the whole pipeline:
each quote found, its speaker the person named after two joined offices (by the actor's English
name)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_bn_heldout_joined_offices import CASES


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_person_after_joined_offices_speaks(name, text, expected):
    assert_speakers_by_actor_name(text, expected)
