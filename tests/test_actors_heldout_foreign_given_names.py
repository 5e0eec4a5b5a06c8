"""The held-out cases on a foreign person named with a listed given name ("স্কট হলবার্ন" ->
Scott Holburn in a Dhaka league, not Skat Halbarn; tests/actor_heldout_foreign_given_names.py) as
tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_foreign_given_names import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
