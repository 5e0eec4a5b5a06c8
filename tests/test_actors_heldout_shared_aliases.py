"""The held-out cases on a name bodies of several countries share ("NPP", "পিটিআই", "Congress"):
the body of the article's country, else none
(tests/actor_heldout_shared_aliases.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_shared_aliases import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
