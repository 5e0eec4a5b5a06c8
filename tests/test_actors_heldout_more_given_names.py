"""The held-out cases on the foreign given names added to the list ("হোয়াও পালহিনহা" ->
João Palhinha, not Hoyao; tests/actor_heldout_more_given_names.py) as
tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_more_given_names import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
