"""The held-out cases on kin and friends taken into a person's span ("নিহতের বন্ধু রাকিব
হোসেন": Rakib Hossain) (tests/actor_heldout_kin_before_names.py) as tests; a case still failing
is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_kin_before_names import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
