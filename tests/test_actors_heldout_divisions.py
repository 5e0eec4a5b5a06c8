"""The held-out cases on divisions written as a city and a unit word
(tests/actor_heldout_divisions.py) as tests; a case still failing is marked, so that a fix shows
as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_divisions import CASES, city_not_a_division

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)


def test_a_city_alone_stays_the_city():
    assert city_not_a_division()
