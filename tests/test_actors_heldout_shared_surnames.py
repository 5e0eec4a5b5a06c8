"""The held-out cases on a common surname shared by two people with different given names
("আকবর হোসেন" is not "Akhtar Hossain"; tests/actor_heldout_shared_surnames.py) as tests; a case still
failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_shared_surnames import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
