"""The held-out cases on a place and a number that are no constituency: an ordinal or a count
("নওগাঁ-২য়", "সুনামগঞ্জ - ২ লাখ মানুষ": the place, not a seat)
(tests/actor_heldout_seat_numbers.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_seat_numbers import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
