"""The held-out cases on the clitics -ও ("also") and -ই ("only") written onto a person's last word
("ক্লার্কসনও"; tests/actor_heldout_name_clitics.py) as tests; a case still failing is marked, so
that a fix shows as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_name_clitics import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
