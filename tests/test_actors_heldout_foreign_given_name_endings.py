"""The held-out cases on the case ending of a foreign person named with a listed given name at home ("জেক মরটনের" ->
Jake Morton in a Dhaka league, not Jake Mortoner; tests/actor_heldout_foreign_given_name_endings.py) as
tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_foreign_given_name_endings import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
