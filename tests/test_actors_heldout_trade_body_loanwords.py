"""The held-out cases on English loanwords of trade bodies, academies and halls
(tests/actor_heldout_trade_body_loanwords.py) as tests; a case still failing is
marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_trade_body_loanwords import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
