"""The held-out cases on a common given name that ends a person's full name and later stands alone
("আবুল কাশেম শামীম" ... "শামীম বলেন"; tests/actor_heldout_given_names.py) as tests; a case still
failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_given_names import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
