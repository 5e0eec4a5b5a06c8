"""The held-out cases on leaders of the National Citizen Party the registry lacked
("তাজনূভা জাবিন": Tasnuva Jabeen, not "Tajnubha Jabin")
(tests/actor_heldout_ncp_leaders.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_ncp_leaders import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
