"""The held-out Bengali cases of a body's passive statement with the bare "থেকে"
(tests/quote_bn_heldout_bodies_from.py), through the whole pipeline."""
from __future__ import annotations

import pytest

from quote_bn_heldout_bodies_from import CASES
from record_fixtures import record_of
from test_quotes_bn_heldout import _check


@pytest.mark.parametrize("name, text, expected", [pytest.param(*c, id=c[0]) for c in CASES])
def test_held_out_bengali_bodies_from(name, text, expected):
    if expected == "-":
        assert record_of(text, "bn", "2025-12-28").quotes == []
        return
    assert _check(text, expected) == []
