"""The held-out cases on villages named before the word for village ("চাওড়া গ্রামের": the village
Chaora, tagged and linked whatever its shape) (tests/actor_heldout_named_villages.py) as tests; a
case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_named_villages import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
