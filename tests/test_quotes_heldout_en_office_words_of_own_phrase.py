"""The held-out English cases of an office word before a clause break
(tests/quote_heldout_en_office_words_of_own_phrase.py) through the whole pipeline: each quote found,
its speaker's actor the one named (None: nobody)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_heldout_en_office_words_of_own_phrase import CASES


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_is_the_title_phrase_only(text, expected):
    assert_speakers_by_actor_name(text, expected, "en")
