"""`--explain` shows `trigger_taken_for_a_name` (round 19, issue 9: a known defect, the rule set
a name aside without a word in the trace): the event whose trigger word the NER took for a name
says which name was read as the event itself. An event with no such name says nothing of it."""
from __future__ import annotations

import pytest

from khobor.events.explain import explain
from khobor.record import Actor
from test_events import A, code, make
from test_events_heldout_unplaced_parties import NAMED_TRIGGERS


def _coded(text, word, party):
    A["taken"] = Actor(id="new:taken-for-a-name", name="Padtag", country=None)
    names = sorted([(word, "taken", "PER"), (party[0], party[1], "ORG")], key=lambda n: text.index(n[0]))
    return code(make(text, "bn", names))


@pytest.mark.parametrize("text,word,party,etype", NAMED_TRIGGERS, ids=range(len(NAMED_TRIGGERS)))
def test_explain_names_the_name_taken_for_the_trigger(text, word, party, etype):
    rec = _coded(text, word, party)
    ev = next(e for e in rec.events if e.type == etype)
    steps = [s for s in ev._explain if s["rule"] == "trigger_taken_for_a_name"]
    assert len(steps) == 1 and "'Padtag'" in steps[0]["decision"]
    assert "trigger_taken_for_a_name: name 'Padtag'" in explain(rec)


def test_no_step_without_a_name_on_the_trigger():
    text = "ঢাকায় বিএনপি বিক্ষোভ করেছে।"
    rec = code(make(text, "bn", [("বিএনপি", "bnp", "ORG")]))
    assert rec.events and "trigger_taken_for_a_name" not in explain(rec)
