"""The held-out cases on common nouns ending in a place word ("মহানগরে", "শ্বশুরবাড়িতে": no
provisional place; tests/actor_heldout_place_shaped_common_nouns.py) as tests; a case still
failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_place_shaped_common_nouns import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
