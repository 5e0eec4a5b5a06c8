"""The held-out cases on a home body named by a common phrase in an article whose people say where it is set (
tests/actor_heldout_home_bodies_by_names.py) as tests; a case still failing is marked, so that a
fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_home_bodies_by_names import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
