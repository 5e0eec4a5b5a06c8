"""The held-out cases on "বিল্লাহ" as a name's last word (tests/ner_heldout_billah_tail.py) as tests;
a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from ner_heldout_billah_tail import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
