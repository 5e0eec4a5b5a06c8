"""The held-out cases on the inherent vowel of a foreign name abroad ("মরগান" -> Morgan, not
Margan; tests/actor_heldout_foreign_inherent_vowel.py) as tests; a case still failing is marked,
so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_foreign_inherent_vowel import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
