"""The held-out cases on a home politician's English spelling ("আখতার হোসেন": Akhtar Hossain, not
Akhter Hossen) (tests/actor_heldout_home_spellings.py) as tests."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_home_spellings import CASES


@pytest.mark.parametrize("case", heldout_params(CASES, set()))
def test_heldout_case(case):
    assert case()
