"""The held-out set tests/quote_bn_heldout_initialism_synonym.py through the whole pipeline: a
Bengali initialism of an office ("সিইসি", "ইউএনও") stands for the holder named with the office
written out, though somebody else spoke in between (rule initialism_synonym)."""
from __future__ import annotations

import pytest

from quote_bn_heldout_initialism_synonym import CASES
from quote_fixtures import assert_speakers_by_actor_name


@pytest.mark.parametrize("text, expected, language", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_initialism_of_office_written_out(text, expected, language):
    assert_speakers_by_actor_name(text, expected, language)
