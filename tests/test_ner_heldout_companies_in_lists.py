"""The held-out cases on companies named after a person that the model cut at the trade word
("সায়হান" | "কটন,": the company "সায়হান কটন")
(tests/ner_heldout_companies_in_lists.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_params
from ner_heldout_companies_in_lists import CASES

STILL_FAILING: set[str] = set()


@pytest.mark.parametrize("case", heldout_params(CASES, STILL_FAILING))
def test_heldout_case(case):
    assert case()
