"""The held-out Bengali cases of words told by "ভাষায়" and "পরামর্শ" (tests/quote_bn_heldout_in_their_words.py),
of hopes and forecasts (tests/quote_bn_heldout_hopes_and_forecasts.py)
through the whole pipeline."""
from __future__ import annotations

import pytest

from quote_bn_heldout_in_their_words import CASES as IN_THEIR_WORDS
from quote_bn_heldout_hopes_and_forecasts import CASES as HOPES_AND_FORECASTS
from record_fixtures import record_of
from test_quotes_bn_heldout import _check


@pytest.mark.parametrize("name, text, expected", [pytest.param(*c, id=c[0]) for c in IN_THEIR_WORDS + HOPES_AND_FORECASTS])
def test_held_out_bengali_words_in_their_words(name, text, expected):
    if expected == "-":
        assert record_of(text, "bn", "2025-12-28").quotes == []
        return
    assert _check(text, expected) == []
