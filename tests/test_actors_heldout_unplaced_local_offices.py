"""The held-out cases on local offices in a report that names no place ("ইউএনও" with no place:
the upazila officer, not the United Nations; tests/actor_heldout_unplaced_local_offices.py) as
tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_unplaced_local_offices import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
