"""The held-out cases on a franchise named after its city, its side's word spelt another common way
("চট্টগ্রাম রয়ালস"), with the city alone tagged: the team, not the city
(tests/actor_heldout_team_spellings.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_team_spellings import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
