"""The held-out cases on a place's fire station named by the place and the service's short name
(tests/actor_heldout_local_stations.py) as tests; a case still failing is marked, so that a fix
shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_local_stations import CASES

# none: bn_station_officer_genitive ("সীতাকুণ্ড" with ণ্ড, the registry's "সীতাকুন্ড") passes since round 31
STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
