"""The held-out cases on a place and a number that are no constituency: an ordinal or a count
("নওগাঁ-২য়", "সুনামগঞ্জ - ২ লাখ মানুষ": the place, not a seat)
(tests/actor_heldout_seat_numbers.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_seat_numbers import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
