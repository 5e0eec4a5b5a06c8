"""The held-out cases on a platform before a plain "কাজ করছে" (gangs at work on Facebook: the
medium, not an employer; tests/ner_heldout_platform_group_work.py) as tests; a case still failing
is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from ner_heldout_platform_group_work import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
