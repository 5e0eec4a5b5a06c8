"""The held-out cases on Latin acronyms spelt in Bengali letter names
(tests/actor_heldout_spelled_acronyms.py) as tests; a case still failing is marked, so that a fix shows
as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from actor_heldout_spelled_acronyms import CASES, city_word_stays_a_word

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()


def test_two_letter_names_stay_a_word():
    assert city_word_stays_a_word()
