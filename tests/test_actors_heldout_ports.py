"""The held-out cases on ports named by their place and the word for a port
(tests/actor_heldout_ports.py) as tests; a case still failing is marked, so that a fix
shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_ports import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
