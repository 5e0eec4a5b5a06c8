"""The held-out cases on companies named after a person that the model cut at the trade word
("সায়হান" | "কটন,": the company "সায়হান কটন")
(tests/ner_heldout_companies_in_lists.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from ner_heldout_companies_in_lists import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
