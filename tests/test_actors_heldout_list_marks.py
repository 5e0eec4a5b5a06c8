"""The held-out cases on a name before a list's bullet ("Nasum Ahmed• Foreign": Nasum Ahmed)
(tests/actor_heldout_list_marks.py) as tests."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_list_marks import CASES


@pytest.mark.parametrize("case", heldout_params(CASES, set()))
def test_heldout_case(case):
    assert case()
