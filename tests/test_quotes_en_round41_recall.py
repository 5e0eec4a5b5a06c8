"""English quote recall on real articles (issue 10, round 41): verbs that frame a quoted phrase.

- a rating puts a judgement in the speaker's words ('X rated the day "pretty even"');
- a proposal after "to" does too ('He went on to propose that the plan is "a first step"');
- "informed", "assured" and "reminded" take an addressee of a few words before the "that" of what
  was said, as "told" does ("He had informed the building's guard that a cook was needed").

Sentences written for this file (no newspaper text). Before the change the cases give no quote,
after one each, spoken by the subject of the verb.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Council meets"
LEAD = "Karim Uddin chaired the council meeting on Monday. "

CASES = [
    (LEAD + "Karim Uddin rated the session “fairly productive” given the length of the agenda.",
     "fairly productive"),
    (LEAD + "He went on to propose that the new budget is “a first step towards recovery” for the town.",
     "a first step towards recovery"),
]


@pytest.mark.parametrize("body,fragment", CASES)
def test_quoted_phrase_is_found_with_its_speaker(body, fragment):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.actor is None or "Karim" in quotes[0].speaker.actor.name


def test_rated_without_marks_reports_nothing():
    body = LEAD + "The agency rated the bonds as safe last year."
    assert not [q for q in body_record(body, HEAD).quotes if "safe" in q.text]


REPORTS = [
    (LEAD + "He had informed the building’s night guard that a cook was needed.", "a cook was needed"),
    (LEAD + "Karim Uddin assured the market’s shop owners that the road would reopen soon.",
     "the road would reopen soon"),
]


@pytest.mark.parametrize("body,fragment", REPORTS)
def test_report_after_addressee_is_found(body, fragment):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert quotes and quotes[0].text.startswith(fragment) and quotes[0].speaker is not None
