"""The held-out cases on ministries named by a list of their fields, now registry rows
(tests/actor_heldout_list_named_ministries.py) as tests; a case still failing is marked, so that a fix
shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_list_named_ministries import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
