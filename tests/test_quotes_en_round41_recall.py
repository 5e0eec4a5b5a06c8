"""English quote recall on real articles (issue 10, round 41): verbs that frame a quoted phrase, and
verbs whose addressee stands before the "that" of what was said.

- a rating puts a judgement in the speaker's words ('X rated the day "pretty even"');
- a proposal after "to" does too ('He went on to propose that the plan is "a first step"');
- "informed", "assured" and "reminded" take an addressee of a few words before the "that", as
  "told" does ("He had informed the building's guard that a cook was needed").

Sentences written for this file (no newspaper text). Before the change the cases give no quote,
after one each, opening with the words said and spoken by the verb's subject.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

OPENING = "Karim Uddin chaired the council meeting on Monday. "

FRAMED_AND_REPORTED = [
    "Karim Uddin rated the session “fairly productive” given the length of the agenda.|fairly productive",
    "He went on to propose that the new budget is “a first step towards recovery” for the town.|a first step",
    "He had informed the building’s night guard that a cook was needed.|a cook was needed",
    "Karim Uddin assured the market’s shop owners that the road would reopen soon.|the road would reopen",
]


@pytest.mark.parametrize("case", FRAMED_AND_REPORTED)
def test_words_said_are_found_with_their_speaker(case):
    sentence, opening_words = case.split("|")
    quotes = [q for q in body_record(OPENING + sentence, "Council meets").quotes if opening_words in q.text]
    assert quotes and quotes[0].text.startswith(opening_words) and quotes[0].speaker is not None


def test_rated_without_marks_reports_nothing():
    body = OPENING + "The agency rated the bonds as safe last year."
    assert not [q for q in body_record(body, "Council meets").quotes if "safe" in q.text]


def test_reminded_inside_another_report_keeps_that_report():
    body = OPENING + "A ministry spokesman said the adviser had heard the demands but reminded them that any rise needed approval."
    quotes = body_record(body, "Council meets").quotes
    assert [q for q in quotes if q.text.startswith("the adviser had heard the demands")]
    assert not [q for q in quotes if q.text.startswith("any rise needed approval")]


def test_rates_as_a_noun_cues_nothing():
    body = OPENING + ("Karim Uddin, speaking to reporters on Thursday, had said the drop in pass rates reflected an "
                      "end to “inflated” marking.")
    assert not [q for q in body_record(body, "Council meets").quotes if q.text.startswith("Karim Uddin, speaking")]
