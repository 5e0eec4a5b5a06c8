"""Held-out English sentences (written for round 21, never trained on) for event words the English
lexicon had no trigger for, so that no candidate reached the classifier: violence against property
("vandalised", "torched", "set ... ablaze", GUIDELINES E4: ASSAULT), a human chain (E4: PROTEST),
talks named by their noun ("entered into discussions with"), an electoral understanding reached or
joined (AGREE), and a memorandum submitted or cooperation sought (REQUEST). Each sentence runs
through the whole pipeline at the shipped classifier threshold; of the sentences written, these
are the ones the shipped classifier keeps once the candidate exists (it scores a human chain held
by "traders" or "teachers", "entered into discussions" and a joined "arrangement" below it: the
candidates are there, the classifier never saw them in training). The negatives use the same words
for no event: a torch as a light, a chain of shops, a discussion as a programme."""
from __future__ import annotations

import pytest

from event_fixtures import record_of_dateline_file

CODED = [
    ("Protesters vandalised the office of the Awami League in Chattogram on Wednesday, police said.", "ASSAULT"),
    ("Activists of Jubo Dal torched two buses in front of the Rangpur press club on Sunday.", "ASSAULT"),
    ("Students of Jahangirnagar University formed a human chain on the Dhaka-Aricha highway on Monday.", "PROTEST"),
    ("The Islami Andolan Bangladesh submitted a memorandum to the Chief Adviser on Sunday with its demands.", "REQUEST"),
    ("The NCP sought concessions from the BNP in 30 constituencies, party sources said.", "REQUEST"),
    ("The Jatiya Party has sought cooperation from the Election Commission to hold rallies in Rangpur.", "REQUEST"),
]

NOT_CODED = [
    "The festival opened with a torch relay through the streets of Sylhet on Friday.",
    "A chain of grocery shops opened its tenth branch in Dhaka on Sunday.",
]


def _record(tmp_path, sentence: str):
    return record_of_dateline_file(tmp_path, "Parties and the street", sentence)


@pytest.mark.parametrize("sentence,etype", CODED)
def test_a_trigger_the_lexicon_lacked_is_coded(tmp_path, sentence, etype):
    rec = _record(tmp_path, sentence)
    assert etype in [ev.type for ev in rec.events], [(ev.type, ev.trigger.text, ev.confidence) for ev in rec.events]


@pytest.mark.parametrize("sentence", NOT_CODED)
def test_the_same_words_for_no_event_code_nothing(tmp_path, sentence):
    rec = _record(tmp_path, sentence)
    assert [(ev.type, ev.trigger.text) for ev in rec.events] == []
