"""`--explain` tells the candidates the coder dropped after proposing them (round 21, issue 9: a
known defect; `told_before`, `unnamed_act_quoted` and `wanted_to_do` removed an event and left no
word of it anywhere): each such candidate is listed under the record's events with its type, its
trigger and the rule that dropped it. A record with nothing dropped lists nothing."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor.events.explain import explain
from test_events_heldout_bn_told_again import TOLD_AGAIN
from test_events_heldout_bn_unnamed_attackers import QUOTED
from test_events_heldout_bn_wishes import WISHES


def _dropped_by(text: str, rule: str) -> list[str]:
    lines = explain(record_of(text, "bn")).splitlines()
    return [line for line in lines if line.startswith("dropped") and f" {rule}: " in line]


@pytest.mark.parametrize("text, kind", TOLD_AGAIN, ids=range(len(TOLD_AGAIN)))
def test_an_event_told_again_is_shown_dropped(text, kind):
    lines = _dropped_by(text, "told_before")
    assert len(lines) == 1 and lines[0].startswith(f"dropped: {kind} ")


@pytest.mark.parametrize("text", QUOTED, ids=range(len(QUOTED)))
def test_an_unnamed_act_in_a_quotation_is_shown_dropped(text):
    assert [line for line in _dropped_by(text, "unnamed_act_quoted") if line.startswith("dropped: ASSAULT ")]


@pytest.mark.parametrize("text", WISHES, ids=range(len(WISHES)))
def test_a_wish_is_shown_dropped(text):
    lines = _dropped_by(text, "wanted_to_do")
    assert lines and all(line.startswith("dropped: REQUEST ") for line in lines)


def test_nothing_dropped_shows_nothing():
    text = "ঢাকায় বিক্ষোভ করেছে বিএনপি।"
    out = explain(record_of(text, "bn"))
    assert "PROTEST" in out and "dropped" not in out
