"""The held-out cases on a person's name cut before its genitive last word and a bare head noun
("ডা. জাহিদ হোসেনের হাসপাতাল": the whole name)
(tests/ner_heldout_genitive_before_head.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from ner_heldout_genitive_before_head import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
