"""The held-out cases on Latin acronyms spelt in Bengali letter names
(tests/actor_heldout_spelled_acronyms.py) as tests; a case still failing is marked, so that a fix shows
as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_spelled_acronyms import CASES, city_word_stays_a_word

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)


def test_two_letter_names_stay_a_word():
    assert city_word_stays_a_word()
