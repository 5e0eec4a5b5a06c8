"""The held-out cases on Bangladeshi newspapers and broadcasters named as a source or as the one a
speaker told (tests/actor_heldout_home_outlets.py) as tests; a case still failing is marked, so
that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_home_outlets import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
