"""The held-out cases on an office word that closes a name ("মোহাম্মদ আমির", "রেজাউল করিম রাজা";
tests/actor_heldout_title_words_closing_names.py) as tests; a case still failing is marked, so
that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_title_words_closing_names import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
