"""Runs the held-out articles of tests/quote_heldout_en_initials_of_named_offices.py: an office
named in full beside its holder, later by its initials alone ("the OC said"), is that holder."""
from __future__ import annotations

import pytest

from quote_heldout_en_initials_of_named_offices import CASES
from test_quote_heldout_en import _record, _speaker_words


@pytest.mark.parametrize("case,fragment,speaker",
                         [pytest.param(c, f, s, id=f"{c.name}:{f[:24]}") for c in CASES for f, s in c.quotes])
def test_initials_name_the_office_holder(case, fragment, speaker):
    hits = [q for q in _record(case).quotes if fragment in q.text]
    assert hits, f"no quote with {fragment!r}: {[q.text for q in _record(case).quotes]}"
    assert speaker is None or speaker in _speaker_words(hits[0]), _speaker_words(hits[0])


@pytest.mark.parametrize("case", [c for c in CASES if c.never_speakers], ids=lambda c: c.name)
def test_initials_spelling_no_named_office_name_nobody(case):
    said = [_speaker_words(q) for q in _record(case).quotes]
    assert not any(name in words for name in case.never_speakers for words in said), said
