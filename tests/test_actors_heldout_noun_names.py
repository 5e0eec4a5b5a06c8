"""The held-out cases on a noun that is also a name before a person's full name ("দোকানের মালিক
সাইফুল ইসলাম রানা": the owner, not "Malik Saiful Islam Rana") (tests/actor_heldout_noun_names.py)
as tests."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_noun_names import CASES


@pytest.mark.parametrize("case", heldout_params(CASES, set()))
def test_heldout_case(case):
    assert case()
