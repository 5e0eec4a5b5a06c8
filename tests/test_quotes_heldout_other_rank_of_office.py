"""The held-out set tests/quote_bn_heldout_other_rank_of_office.py through the whole pipeline: a
bare title after a person holding it with a rank word ("ডেপুটি গভর্নর", "উপপরিচালক", "deputy
governor") or a past-holder word ("তৎকালীন") is never that person (rules other_rank_of_office,
past_holder). All seven failed before the rule."""
from __future__ import annotations

import pytest

from quote_bn_heldout_other_rank_of_office import CASES
from quote_fixtures import assert_speakers_by_actor_name


@pytest.mark.parametrize("text, expected, language", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bare_title_is_not_the_other_rank(text, expected, language):
    assert_speakers_by_actor_name(text, expected, language)
