"""The held-out cases on a parliament named by an ordinal word alone ("পঞ্চম সংসদে"), all of it
common words, which the linker must keep
(tests/actor_heldout_numbered_parliaments.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_numbered_parliaments import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
