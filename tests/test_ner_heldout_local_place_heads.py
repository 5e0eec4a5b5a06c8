"""The held-out cases on local places named by their place and a head word ("কাজলা বাজারে", "আরিচা
ঘাটে", "... উপজেলা স্বাস্থ্য কমপ্লেক্সে") (tests/ner_heldout_local_place_heads.py) as tests; a case
still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from ner_heldout_local_place_heads import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
