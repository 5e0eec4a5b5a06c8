"""The held-out cases on local offices in a report that names no place ("ইউএনও" with no place:
the upazila officer, not the United Nations; tests/actor_heldout_unplaced_local_offices.py) as
tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_unplaced_local_offices import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
