"""The held-out cases on bodies named in English words written in Bengali ("হেলথ সিকিউরিটি
এজেন্সির"; tests/ner_heldout_loan_word_bodies.py) as tests; a case still failing is marked, so
that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from ner_heldout_loan_word_bodies import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
