"""The held-out cases on the English words of courts', tribunals' and ports' names
(tests/actor_heldout_court_and_port_words.py) as tests; a case still failing is marked, so that a
fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_court_and_port_words import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
