"""The held-out cases on an upazila's name written bare ("টেকনাফে": Teknaf, not Teknaf Upazila;
tests/actor_heldout_bare_upazila_towns.py) as tests; a case still failing is marked, so that a
fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_bare_upazila_towns import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
