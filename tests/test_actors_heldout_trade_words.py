"""The held-out cases on English trade words inside the Bengali names of companies and units the registry
lacks ("হাইওয়ে পুলিশ": Highway Police, not "Haiwe Police")
(tests/actor_heldout_trade_words.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_trade_words import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
