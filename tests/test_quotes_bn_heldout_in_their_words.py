"""The held-out Bengali cases of words told by "ভাষায়" and "পরামর্শ" (tests/quote_bn_heldout_in_their_words.py),
of hopes and forecasts (tests/quote_bn_heldout_hopes_and_forecasts.py), of words set off by a count, a
hope or an answer in the genitive or by a statement noun with its copula
(tests/quote_bn_heldout_counts_answers_hopes.py), and of a speech act's object noun with the emphatic
clitic "ও" (tests/quote_bn_heldout_object_noun_clitics.py), of a body's passive statement with the bare
"থেকে" (tests/quote_bn_heldout_bodies_from.py) and of a warning, a hint or blame laid
(tests/quote_bn_heldout_warnings_hints_blame.py), and of a verb of saying after the words said
(tests/quote_bn_heldout_postposed_cues.py), through the whole pipeline. One runner for the seven (four
were run by copies of this file)."""
from __future__ import annotations

import pytest

from quote_bn_heldout_in_their_words import CASES as IN_THEIR_WORDS
from quote_bn_heldout_hopes_and_forecasts import CASES as HOPES_AND_FORECASTS
from quote_bn_heldout_counts_answers_hopes import CASES as COUNTS_ANSWERS_HOPES
from quote_bn_heldout_object_noun_clitics import CASES as OBJECT_NOUN_CLITICS
from quote_bn_heldout_bodies_from import CASES as BODIES_FROM
from quote_bn_heldout_warnings_hints_blame import CASES as WARNINGS_HINTS_BLAME
from quote_bn_heldout_postposed_cues import CASES as POSTPOSED_CUES
from record_fixtures import record_of
from test_quotes_bn_heldout import _check

CASES = (IN_THEIR_WORDS + HOPES_AND_FORECASTS + COUNTS_ANSWERS_HOPES + OBJECT_NOUN_CLITICS + BODIES_FROM
         + WARNINGS_HINTS_BLAME + POSTPOSED_CUES)


@pytest.mark.parametrize("name, text, expected", [pytest.param(*c, id=c[0]) for c in CASES])
def test_held_out_bengali_words_in_their_words(name, text, expected):
    if expected == "-":
        assert record_of(text, "bn", "2025-12-28").quotes == []
        return
    assert _check(text, expected) == []
