"""Acts of speech whose object is what was said (issue 10, round 39): "He cited the party's failure
to ...", "She commended the council for withdrawing ...", "X appreciated the leadership of ..."
gave no quote, though the gold reads each as reported speech (the object verbs "praised",
"condemned" and "highlighted" already did).

The English pack's `object_verbs` take "cited", "commended" and "appreciated" (and the present
"highlights", "reiterates", "stresses", "emphasises"); not "recalled", which closes an inverted
attribution ('..., recalled X, 61, who runs a shop'), nor "disclosed", whose object is as often
"the information" as what was said.

Sentences written for this file (no newspaper text). Before the change the 3 cases give no
quote, after one; the 2 controls keep theirs before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Councillor quits party"
CASES = [
    ("The council met on Monday. Rahim Uddin cited the party's failure to hold a council in five years as "
     "the reason for his decision.", "the party's failure to hold a council"),
    ("The council met on Monday. Selina Akter commended the council for withdrawing the new market fee.",
     "withdrawing the new market fee"),
    ("The council met on Monday. Karim Ahmed appreciated the leadership of the mayor over the past year.",
     "the leadership of the mayor"),
]

# controls: an inverted attribution with "recalled" keeps the words before it, and "disclosed the
# information" reports nothing
CONTROLS = [
    ("The council met on Monday. Last year a smaller fire on the ground floor was put out by the workers "
     "themselves, recalled Rahim Uddin, 61, who runs a grocery across the lane.",
     "a smaller fire on the ground floor", True),
    ("The council met on Monday. Karim Ahmed disclosed the information at a press conference on Sunday.",
     "the information at a press conference", False),
]


@pytest.mark.parametrize("body,fragment", CASES)
def test_reason_or_praise_put_into_words_is_a_quote(body, fragment):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert len(quotes) == 1 and quotes[0].speaker is not None


@pytest.mark.parametrize("body,fragment,quoted", CONTROLS)
def test_recalled_and_disclosed_keep_their_reading(body, fragment, quoted):
    assert bool([q for q in body_record(body, HEAD).quotes if fragment in q.text]) == quoted
