"""The held-out Bengali cases of words set off by a count, a hope or an answer in the genitive, or by a
statement noun with its copula (tests/quote_bn_heldout_counts_answers_hopes.py), through the whole
pipeline."""
from __future__ import annotations

import pytest

from quote_bn_heldout_counts_answers_hopes import CASES
from record_fixtures import record_of
from test_quotes_bn_heldout import _check


@pytest.mark.parametrize("name, text, expected", [pytest.param(*c, id=c[0]) for c in CASES])
def test_held_out_bengali_counts_answers_hopes(name, text, expected):
    if expected == "-":
        assert record_of(text, "bn", "2025-12-28").quotes == []
        return
    assert _check(text, expected) == []
