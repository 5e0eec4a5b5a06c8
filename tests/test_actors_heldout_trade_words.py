"""The held-out cases on English trade words inside the Bengali names of companies and units the registry
lacks ("হাইওয়ে পুলিশ": Highway Police, not "Haiwe Police")
(tests/actor_heldout_trade_words.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_trade_words import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
