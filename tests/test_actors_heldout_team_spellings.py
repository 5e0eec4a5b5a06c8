"""The held-out cases on a franchise named after its city, its side's word spelt another common way
("চট্টগ্রাম রয়ালস"), with the city alone tagged: the team, not the city
(tests/actor_heldout_team_spellings.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_team_spellings import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
