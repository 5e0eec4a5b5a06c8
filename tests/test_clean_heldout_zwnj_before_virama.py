"""The held-out cases on a ZWNJ before a virama, which the cleaner keeps as part of the spelling
(tests/clean_heldout_zwnj_before_virama.py) as tests; a case still failing is marked, so that a fix
shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from clean_heldout_zwnj_before_virama import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
