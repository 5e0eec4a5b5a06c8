"""The held-out cases on English named_after in the names of bodies the registry lacks
(tests/actor_heldout_named_after.py) as tests; a case still failing is marked, so that a fix shows
as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_named_after import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
