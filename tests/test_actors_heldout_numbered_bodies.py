"""The held-out cases on a home body written by a hyphen-joined phrase ("ট্রাইব্যুনাল-১")
(tests/actor_heldout_numbered_bodies.py) as tests; a case still failing is marked, so that a
fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_numbered_bodies import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
