"""A relative clause set off by commas after an unnamed speaker (issue 10, round 30): "Another
exporter, who owns three units, said the talks came late." The region before the cue held the
description and its clause, too long for a bare region, so nobody spoke and the report was lost.

Rule `relative_clause_closing_region` (khobor.quotes.attribution): a bare region ends before a
comma and one of the pack's `relative_pronouns`; the words before it speak, with no actor.

Sentences written for this file (no newspaper text). Before the change the 2 cases fail, after
none; the 3 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Exporters want faster talks"
CASES = [
    ("Garment orders fell in July. Another exporter, who owns three knitwear units in the port city, said "
     "the government should have started talks much earlier.", "should have started talks", "Another exporter"),
    ("Rice prices rose again. One wholesale trader, whose shop stands near the ghat, said prices had "
     "doubled in a week.", "prices had doubled", "One wholesale trader"),
]

# controls: a title's description, a named person before the clause (still with their actor), and a
# description with no clause speak as before
CONTROLS = [
    # (a title heads this description: it spoke before the change too)
    ("Fires broke out in two depots. A retired fire service director, who asked not to be named, said the "
     "inspection drives rarely lasted more than a week.", "inspection drives rarely lasted",
     "A retired fire service director"),
    ("Garment orders fell in July. Another exporter said the government should have started talks much "
     "earlier.", "should have started talks", "Another exporter"),
    ("Garment orders fell in July. Karim Ahmed, who owns three knitwear units, said the government should "
     "have started talks much earlier.", "should have started talks", "Karim Ahmed"),
]


@pytest.mark.parametrize("body,fragment,speaker", CASES + CONTROLS)
def test_the_description_before_a_relative_clause_speaks(body, fragment, speaker):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert len(quotes) == 1
    # (the description's head may speak alone, as a title: "director")
    assert quotes[0].speaker is not None and speaker.endswith(quotes[0].speaker.text)
