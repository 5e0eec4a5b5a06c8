"""English quotes (issue 10, round 46): "according to" with a relative clause about its source set
off by commas, after the words ("..., according to Rahim Uddin, who heads the traders'
association.") or before them ("According to Rahim Uddin, who heads the traders' association, the
market will ..."): the clause is the writer's, about the source; the report is the words only
(before: no quote after them, the clause read as the report before them).

Sentences written for this file (no newspaper text).
"""
from __future__ import annotations

import pytest

from test_quotes_en_round44_recall import _quotes, _speaker


@pytest.mark.parametrize("body", [
    "The market will close next week, according to Rahim Uddin, who heads the traders' association.",
    "The market will close next week, according to Rahim Uddin, whose shop burned on Monday.",
    "According to Rahim Uddin, who heads the traders' association, the market will close next week.",
    "According to Rahim Uddin, whose shop burned on Monday, the market will close next week.",
])
def test_relative_clause_about_the_source(body):
    quotes = [q for q in _quotes(body, "") if "Karim Ahmed met" not in q.text]
    assert len(quotes) == 1 and quotes[0].text.lower().startswith("the market will close next week")
    assert "heads" not in quotes[0].text and "burned" not in quotes[0].text
    assert _speaker(quotes[0]) == "Rahim Uddin"
