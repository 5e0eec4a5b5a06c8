"""A fronted phrase of place before a sentence's subject (issue 10, round 32): "Outside the
courtroom, X broke down as he spoke to journalists. '...,' he said." The phrase opened by
"outside" was not taken off the sentence's start, so X did not open it and "he" went on with the
lawyer who spoke before.

Data: the English pack's `fronted_prepositions` lists outside, inside, amid and near (rule
fronted_adverbial).

Sentences written for this file (no newspaper text). Before the change the 2 cases fail, after
none; the control passes before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

HEAD = "Three sentenced to death"
LEAD = ("Defence counsel Rezaul Karim said his clients were innocent. He said they would appeal. ")
CASES = [
    (LEAD + "Outside the courtroom, Abdul Mannan broke down as he spoke to journalists. \"I waited three "
     "years for this day,\" he said.", "I waited three years", "Abdul Mannan"),
    (LEAD + "Amid the crowd, Abdul Mannan wept as he spoke to journalists. \"I waited three years for "
     "this day,\" he said.", "I waited three years", "Abdul Mannan"),
]

# control: a phrase the pack listed before
CONTROLS = [
    (LEAD + "At the gate, Abdul Mannan broke down as he spoke to journalists. \"I waited three years for "
     "this day,\" he said.", "I waited three years", "Abdul Mannan"),
]


@pytest.mark.parametrize("body,fragment,name", CASES + CONTROLS)
def test_he_is_the_subject_after_a_fronted_place(body, fragment, name):
    assert quote_speakers(body, fragment, HEAD) == [name]
