"""Words said before a second cue of the same speaker (issue 10, round 30): "X said A but warned
that B". The report was read from the second cue on ("warned that B"), with A, said first, lost.

Rule `joined_head` (khobor.quotes.joined): when the words between the speaker and the report hold
one of the pack's bare cues, words with an auxiliary or a modal ("was", "had", "could") and
"and"/"but" before the second cue (the
pack's `joined_heads`), the report runs from A to B, one act of speech (as "X said A, adding that
B" is).

Sentences written for this file (no newspaper text). Before the change the 3 cases fail, after
none; the 3 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Traders protest fee rise"
CASES = [
    ("Traders protested on Monday. Rahim Uddin said the fee rise was a bad signal but warned that "
     "recovering the losses usually takes years.", "the fee rise was a bad signal but warned that recovering"),
    ("Traders protested on Monday. Selina Akter, who has run a shop in the market for years, said the "
     "market was calm and added that prices could rise next week.", "the market was calm and added that prices"),
    ("Traders protested on Monday. Karim Ahmed said the union had written to the ministry and urged "
     "traders to stay calm.", "the union had written to the ministry and urged traders"),
]

# controls: one cue only, a second cue after an adjunct with no verb of its own, and a second
# clause with no cue
CONTROLS = [
    ("Traders protested on Monday. Rahim Uddin said the fee rise was a bad signal.", "the fee rise was a bad signal"),
    ("Traders protested on Monday. Rahim Uddin spoke on Monday and warned that recovering the losses "
     "usually takes years.", "recovering the losses usually takes years"),
    ("Traders protested on Monday. Rahim Uddin said the fee rise was a bad signal and the shops were shut.",
     "the fee rise was a bad signal and the shops were shut"),
]


@pytest.mark.parametrize("body,fragment", CASES + CONTROLS)
def test_words_said_before_a_second_cue_join_the_report(body, fragment):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].kind == "indirect"
    # (the report opens with the fragment: a control joined to the words before its cue fails)
    assert quotes[0].text.startswith(fragment)
