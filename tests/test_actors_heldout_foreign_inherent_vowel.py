"""The held-out cases on the inherent vowel of a foreign name abroad ("মরগান" -> Morgan, not
Margan; tests/actor_heldout_foreign_inherent_vowel.py) as tests; a case still failing is marked,
so that a fix shows as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_foreign_inherent_vowel import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
