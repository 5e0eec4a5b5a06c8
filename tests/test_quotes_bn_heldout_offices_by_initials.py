"""The held-out Bengali set tests/quote_bn_heldout_offices_by_initials.py through the whole
pipeline: each quote found, its speaker the holder of the office its initials name (by the actor's
English name)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_bn_heldout_offices_by_initials import CASES


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_office_by_its_initials_speaks(name, text, expected):
    assert_speakers_by_actor_name(text, expected)
