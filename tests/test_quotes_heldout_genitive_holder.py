"""The held-out set tests/quote_bn_heldout_genitive_holder.py through the whole pipeline: a title's
holder named in the genitive before a statement or voice noun speaks, and so does a "তিনি" or
bare title after it (rule genitive_holder_before_statement); a rank before a later bare title is
another office (other_rank_of_office)."""
from __future__ import annotations

import pytest

from quote_bn_heldout_genitive_holder import CASES
from quote_fixtures import assert_speakers_by_actor_name


@pytest.mark.parametrize("text, expected, language", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_genitive_holder_of_title(text, expected, language):
    assert_speakers_by_actor_name(text, expected, language)
