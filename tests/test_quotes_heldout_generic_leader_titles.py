"""The held-out cases of a speaker described only as a leader (tests/quote_heldout_generic_leader_titles.py)
through the whole pipeline: each quote found, its speaker's actor the one named (None: nobody)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_heldout_generic_leader_titles import CASES


@pytest.mark.parametrize("language, text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_leader_is_no_head_of_the_country(language, text, expected):
    assert_speakers_by_actor_name(text, expected, language)
