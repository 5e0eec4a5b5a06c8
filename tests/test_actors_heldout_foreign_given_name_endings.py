"""The held-out cases on the case ending of a foreign person named with a listed given name at home ("জেক মরটনের" ->
Jake Morton in a Dhaka league, not Jake Mortoner; tests/actor_heldout_foreign_given_name_endings.py) as
tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_foreign_given_name_endings import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
