"""A run of quoted sentences around one attribution (issue 10, round 39): '"A," Smith said. "B."'
gave two direct quotes, the second a sentence that is only a quotation chained to Smith. The
gold (GUIDELINES Q1) counts one act of speech running over several sentences as one entry, so
the second was a false quote on both dev halves (58 of the 61 such quotes in English).

Rule `quotation_runs_on` (khobor.quotes.attribution; the English pack's `quotation_runs_on`):
a sentence that is only a quotation, after the quote before it and by the same speaker, goes on
with that quote; one sentence of narration may stand between them, two end the run.

Sentences written for this file (no newspaper text). Before the change the 4 cases give two
quotes, after one; the 2 controls give two quotes before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Coach praises young side"
CASES = [
    ('The team trained on Monday. "He looks ready to play, the way he bowls in the nets," Rahim Uddin '
     'said. "He knows his body well and we will wait and see."',
     "He looks ready to play", "He knows his body well"),
    ('The team trained on Monday. "We lost wickets in clusters today," said Selina Akter, who led the '
     'side for the first time. "But there are a lot of positives for us."',
     "We lost wickets in clusters", "a lot of positives"),
    ('The team trained on Monday. Karim Ahmed said the pitch would help the spinners. "We will pick two '
     'of them and see how the first day goes."',
     "the pitch would help the spinners", "We will pick two of them"),
    # one sentence of narration between them
    ('The team trained on Monday. "He looks ready to play," Rahim Uddin said. The bowler missed the '
     'last series with an injury. "He knows his body well and we will wait and see."',
     "He looks ready to play", "He knows his body well"),
]

# controls: two sentences of narration between the two quotations, and another speaker named for
# the second
CONTROLS = [
    ('The team trained on Monday. "He looks ready to play," Rahim Uddin said. The bowler missed the '
     'last series with an injury. He bowled for an hour in the nets. "He knows his body well and we will '
     'wait and see."',
     "He looks ready to play", "He knows his body well"),
    ('The team trained on Monday. "He looks ready to play," Rahim Uddin said. "We will see about '
     'that," Karim Ahmed replied.',
     "He looks ready to play", "We will see about that"),
]


@pytest.mark.parametrize("body,first,second", CASES)
def test_quoted_sentence_after_the_attribution_goes_on_with_the_quote(body, first, second):
    quotes = [q for q in body_record(body, HEAD).quotes if first in q.text or second in q.text]
    assert len(quotes) == 1
    assert first in quotes[0].text and second in quotes[0].text
    assert quotes[0].speaker is not None and quotes[0].speaker.text in body


@pytest.mark.parametrize("body,first,second", CONTROLS)
def test_narration_or_another_speaker_ends_the_run(body, first, second):
    quotes = [q for q in body_record(body, HEAD).quotes if first in q.text or second in q.text]
    assert len(quotes) == 2
