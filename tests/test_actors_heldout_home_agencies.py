"""The held-out cases on Bangladesh's state corporations, regulators and agencies (Petrobangla,
BTRC, NBR, ...) by their Bengali names, acronyms and English names
(tests/actor_heldout_home_agencies.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_home_agencies import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
