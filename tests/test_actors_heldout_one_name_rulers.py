"""The held-out cases on a one-word home name that a Phoenix ruler bears ("ফয়সাল" in Dhaka: not
the Saudi king Faysal) (tests/actor_heldout_one_name_rulers.py) as tests."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_one_name_rulers import CASES


@pytest.mark.parametrize("case", heldout_params(CASES, set()))
def test_heldout_case(case):
    assert case()
