"""The held-out cases on the clitics -ও ("also") and -ই ("only") written onto a person's last word
("ক্লার্কসনও"; tests/actor_heldout_name_clitics.py) as tests; a case still failing is marked, so
that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_name_clitics import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
