"""The held-out cases on one test of a village name's shape for the NER and the linker
(tests/ner_heldout_place_shape_one_test.py) as tests; a case still failing is marked, so that a
fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from ner_heldout_place_shape_one_test import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
