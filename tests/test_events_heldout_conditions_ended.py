"""Held-out cases (round 19, issue 9; a known defect of round 18): the condition cue
(`Condition.holds`) looked for "until" anywhere earlier in the sentence, so an arrest told after a
time bound in reported speech ("said the curfew would stay until Sunday, and five men were
arrested") was read as awaited and not coded. A comma and a conjunction open a new main clause
that the condition no longer reaches. The awaited arrests of tests/test_events_heldout_conditions.py
stay awaited. Sentences written for this test."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.events.extraction import candidates
from event_fixtures import record_of

TOLD = [
    "The students said they would block the highway until noon, and two Chhatra League activists were "
    "arrested in the afternoon.",
    "The district administrator said the ban would stay until the weekend, and four Jamaat activists were "
    "arrested near the mosque.",
    "The Election Commission said polling would go on until 4pm, and two BNP workers were arrested for "
    "stuffing ballots.",
    "Police said Section 144 would remain until midnight, and six NCP activists were detained near the press club.",
    "The union said the strike would go on until Tuesday, and eight Jubo League men were detained in Gazipur.",
    "The minister said the border would stay closed until Monday, and two Awami League leaders were arrested "
    "in Satkhira the same night.",
]


def _asserted_arrests(text: str) -> list:
    rec = record_of(text, "en")
    return [e for e in candidates(rec, lang.load("en")) + rec.events if e.type == "COERCE" and e.modality == "asserted"]


@pytest.mark.parametrize("text", TOLD, ids=range(len(TOLD)))
def test_an_arrest_after_a_time_bound_clause_is_told(text):
    assert _asserted_arrests(text) != []


# A comma and "and" that only set off one more member of the awaited group (a parenthesis closed by
# a second comma) open no main clause: the arrest is still awaited (rev-b's finding on b69fe2f).
AWAITED_WITH_A_PARENTHESIS = [
    "We will stay on the streets until Hasina, and her ministers, are arrested.",
    "The students vowed to keep the blockade until Obaidul Quader, and his bodyguards, are arrested.",
    "The families said they would not leave the square until Asaduzzaman Khan, and his officers, are arrested.",
    "Protesters said the sit-in would go on until Salman F Rahman, and his two sons, are arrested.",
    "The traders said the market would stay shut until Sheikh Hasina, and her advisers, are arrested.",
    "The party said its workers would stay on the road until Sajeeb Wazed Joy, and his aides, are arrested.",
    "The march will not end until Asaduzzaman Khan, and his deputy, are arrested, the organisers said.",
]


@pytest.mark.parametrize("text", AWAITED_WITH_A_PARENTHESIS, ids=range(len(AWAITED_WITH_A_PARENTHESIS)))
def test_an_arrest_awaited_past_a_parenthesis_stays_awaited(text):
    assert _asserted_arrests(text) == []
