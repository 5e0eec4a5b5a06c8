"""The held-out cases of tests/actor_heldout_foreign.py as tests; the ones still failing are
marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_foreign import CASES

# a registry person whose Bengali spelling romanises off ("জন" -> Jan, not John): the skeleton
# fuzzy index groups names by their first two consonants, which "Jan"/"John" do not share
STILL_FAILING = {"bn_registry_person_spelled_off"}


test_heldout_case = heldout_test(CASES, STILL_FAILING)
