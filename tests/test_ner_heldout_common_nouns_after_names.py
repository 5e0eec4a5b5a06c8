"""The held-out cases on common nouns after a name (tests/ner_heldout_common_nouns_after_names.py)
as tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from ner_heldout_common_nouns_after_names import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
