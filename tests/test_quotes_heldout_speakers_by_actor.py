"""The held-out quote sets, in either language, checked by their speaker's actor through the whole
pipeline: each quote found, its speaker's actor that name (None: nobody):
  tests/quote_heldout_en_office_words_of_own_phrase.py (English): an office word before a clause
  break is no office of the person named after it;
  tests/quote_heldout_generic_leader_titles.py (Bengali and English): a speaker described only as a
  leader is a party's leader, never the head of the article's country.
One runner for the two (each set was run by a copy of the same file; the Bengali-only sets of this
kind run in tests/test_quotes_bn_heldout_speakers_by_actor.py)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_heldout_en_office_words_of_own_phrase import CASES as OFFICE_WORD_CASES
from quote_heldout_generic_leader_titles import CASES as GENERIC_LEADER_CASES

CASES = [("office_words_of_own_phrase", name, "en", text, expected) for name, text, expected in OFFICE_WORD_CASES] + [
    ("generic_leader_titles", *c) for c in GENERIC_LEADER_CASES]


@pytest.mark.parametrize("language, text, expected", [c[2:] for c in CASES], ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_speaker_is_the_named_actor(language, text, expected):
    assert_speakers_by_actor_name(text, expected, language)
