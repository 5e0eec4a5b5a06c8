"""The held-out set tests/quote_bn_heldout_office_of_own_body.py through the whole pipeline."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_bn_heldout_office_of_own_body import CASES


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_office_of_its_own_body_is_somebody_new(name, text, expected):
    assert_speakers_by_actor_name(text, expected, "bn")
