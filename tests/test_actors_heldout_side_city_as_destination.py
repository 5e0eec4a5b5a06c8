"""The held-out cases on a team's city written bare as a destination or a dateline (
tests/actor_heldout_side_city_as_destination.py) as tests; a case still failing is marked, so that a
fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_side_city_as_destination import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
