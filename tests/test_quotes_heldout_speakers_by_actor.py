"""The held-out quote sets, in either language, checked by their speaker's actor through the whole
pipeline: each quote found, its speaker's actor that name (None: nobody):
  tests/quote_heldout_en_office_words_of_own_phrase.py (English): an office word before a clause
  break is no office of the person named after it;
  tests/quote_heldout_generic_leader_titles.py (Bengali and English): a speaker described only as a
  leader is a party's leader, never the head of the article's country;
  tests/quote_bn_heldout_genitive_holder.py: a title's holder named in the genitive before a
  statement or voice noun speaks, and so does a "তিনি" or bare title after it (rule
  genitive_holder_before_statement);
  tests/quote_bn_heldout_initialism_synonym.py: a Bengali initialism of an office ("সিইসি",
  "ইউএনও") stands for the holder named with the office written out (rule initialism_synonym);
  tests/quote_bn_heldout_other_rank_of_office.py: a bare title after a person holding it with a
  rank or past-holder word ("ডেপুটি গভর্নর", "উপপরিচালক", "deputy governor", "তৎকালীন") is never
  that person (rules other_rank_of_office, past_holder).
One runner for the five (each set was run by a copy of the same file; the Bengali-only sets whose
cases carry no language run in tests/test_quotes_bn_heldout_speakers_by_actor.py)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_heldout_en_office_words_of_own_phrase import CASES as OFFICE_WORD_CASES
from quote_heldout_generic_leader_titles import CASES as GENERIC_LEADER_CASES
from quote_bn_heldout_genitive_holder import CASES as GENITIVE_HOLDER_CASES
from quote_bn_heldout_initialism_synonym import CASES as INITIALISM_SYNONYM_CASES
from quote_bn_heldout_other_rank_of_office import CASES as OTHER_RANK_CASES

CASES = [("office_words_of_own_phrase", name, "en", text, expected) for name, text, expected in OFFICE_WORD_CASES] + [
    ("generic_leader_titles", *c) for c in GENERIC_LEADER_CASES] + [
    (group, name, language, text, expected) for group, cases in (
        ("genitive_holder", GENITIVE_HOLDER_CASES), ("initialism_synonym", INITIALISM_SYNONYM_CASES),
        ("other_rank_of_office", OTHER_RANK_CASES)) for name, text, expected, language in cases]


@pytest.mark.parametrize("language, text, expected", [c[2:] for c in CASES], ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_speaker_is_the_named_actor(language, text, expected):
    assert_speakers_by_actor_name(text, expected, language)
