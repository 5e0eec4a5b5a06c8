"""The held-out cases on English loanwords inside the Bengali names of bodies and teams the registry
lacks ("রাজশাহীর পেসার": the side, not the city)
(tests/actor_heldout_side_player_roles.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_side_player_roles import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
