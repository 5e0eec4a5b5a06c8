"""The held-out cases on English loanwords inside the Bengali names of bodies and teams the registry
lacks ("মেলবোর্ন রেনেগেডস": Melbourne Renegades, not "Renegedas")
(tests/actor_heldout_loanwords.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_loanwords import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
