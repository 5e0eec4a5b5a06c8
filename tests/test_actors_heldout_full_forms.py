"""The held-out cases on a one-word name that takes the full form the article writes untagged
("হকলি বলেন" after "নিক হকলি")
(tests/actor_heldout_full_forms.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_full_forms import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
