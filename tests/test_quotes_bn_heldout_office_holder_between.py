"""The held-out set tests/quote_bn_heldout_office_holder_between.py through the whole pipeline."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_bn_heldout_office_holder_between import CASES


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_pronoun_after_an_office_holder_is_that_holder(name, text, expected):
    assert_speakers_by_actor_name(text, expected, "bn")
