"""The held-out cases on a foreign person named with a listed given name ("স্কট হলবার্ন" ->
Scott Holburn in a Dhaka league, not Skat Halbarn; tests/actor_heldout_foreign_given_names.py) as
tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_foreign_given_names import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
