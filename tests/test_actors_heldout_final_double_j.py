"""The held-out cases on "জ্জ" at a word's end, with no vowel after it
("হজ্জ": Hajj, not "Hazz")
(tests/actor_heldout_final_double_j.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_final_double_j import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
