"""English quote recall on real articles (issue 10, round 42): reports the pack missed though English
grammar decides them.

- a document that speaks ("The statement also clarified that ...", "The report emphasises that
  ...") speaks through any cue of saying: what it clarifies or stresses is its text, not a fact
  its issuer confirmed by acting (a body's own "confirmed that" stays a fact: test_quotes.py);
- "expressing" frames a quoted phrase as its participle "expressed" does ('..., expressing their
  "deep objections to the plan"').

Sentences written for this file (no newspaper text). Before the change the cases give no quote,
after one each, spoken by the document's issuer or the participle's subject.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Council meets"

CASES = [
    ("The foreign ministry issued a statement on Sunday. The statement also clarified that the man "
     "named by the embassy was a listed criminal.", "the man named by the embassy was a listed criminal"),
    ("The University of Dhaka published a research report on Monday. The research report emphasises "
     "that parties should make pledges in ten areas.", "parties should make pledges in ten areas"),
    ("The council met on Monday. Thirty members sent a letter to the mayor, expressing their “deep "
     "objections to the new toll.”", "deep objections to the new toll"),
]


@pytest.mark.parametrize("body,fragment", CASES)
def test_report_is_found_with_a_speaker(body, fragment):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert quotes and quotes[0].text.startswith(fragment[:12])


def test_document_speaks_for_its_issuer():
    body = CASES[0][0]
    quotes = [q for q in body_record(body, HEAD).quotes if "listed criminal" in q.text]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.actor is not None
    assert "Foreign" in quotes[0].speaker.actor.name


@pytest.mark.parametrize("body", [
    # a body confirming is a fact it states, not a document's words
    "The Awami League met on Monday. However, the party has confirmed that its leader will not run.",
    # a document nobody issued before clarifies for nobody known
    "The council met on Monday. The statement also clarified that the road would stay shut.",
])
def test_no_document_no_quote(body):
    assert not [q for q in body_record(body, HEAD).quotes if "will not run" in q.text or "stay shut" in q.text]
