"""The held-out cases on a one-word home name that the registry reaches only by a fuzzy match to a
foreign person ("তানভীর": not Egypt's Tantawi) (tests/actor_heldout_lone_fuzzy_foreigners.py) as
tests."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_lone_fuzzy_foreigners import CASES


@pytest.mark.parametrize("case", heldout_params(CASES, set()))
def test_heldout_case(case):
    assert case()
