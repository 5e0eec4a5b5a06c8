"""The held-out cases on one-word villages and unions the registry lacks, with a place word at
their end ("ঘোষপাড়ায়"; tests/actor_heldout_lone_places.py) as tests; a case still failing is
marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_lone_places import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
