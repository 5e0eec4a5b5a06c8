"""Held-out cases (round 20, issue 9): a participle clause after a comma (", urging ...",
", calling on ...", ", demanding ...") has the subject of the main clause, not the subject of the
"that" clause between them. "X warned that militants are trying to disrupt the vote, urging
everyone ..." is X's appeal; the militants urge nothing (unlabelled news, round 20: an appeal of a
minister was coded as one of "unidentified" criminals). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

# (a sentence, the type of the participle's event, who acts, who must not act)
MAIN_SUBJECT = [
    ("Home adviser Jahangir Alam Chowdhury warned that criminals are trying to disrupt the trial, urging "
     "everyone to stay calm.", "REQUEST", "Jahangir Alam Chowdhury", "unidentified"),
    ("The BNP said that the Election Commission had failed to stop vote buying, urging the government to "
     "deploy the army.", "REQUEST", "Bangladesh Nationalist Party", "Bangladesh Election Commission"),
    ("Jamaat-e-Islami claimed that the police were harassing its activists, calling on the chief adviser "
     "to intervene.", "REQUEST", "Bangladesh Jamaat-e-Islami", "police"),
    ("India said that Pakistan had violated the ceasefire, urging the United Nations to take note.",
     "REQUEST", "India", "Pakistan"),
    ("The NCP alleged that Awami League activists had attacked its office, demanding the arrest of those "
     "involved.", "REQUEST", "National Citizen Party", "Awami League"),
    ("Hefazat-e-Islam said that the government had ignored its proposals, calling on the Election "
     "Commission to delay the vote.", "REQUEST", "Hefazat-e-Islam Bangladesh", "government"),
]


def _events(text: str):
    return record_of(text, "en").events


@pytest.mark.parametrize("text,etype,actor,wrong", MAIN_SUBJECT, ids=range(len(MAIN_SUBJECT)))
def test_participle_takes_the_main_subject(text, etype, actor, wrong):
    at = text.index(", ", text.index(" that ")) + 2
    events = [ev for ev in _events(text) if ev.type == etype and ev.trigger.start >= at]
    assert events, "the participle's event is coded"
    names = {a.name for ev in events for a in ev.actors}
    assert actor in names and wrong not in names


def test_a_participle_without_a_that_clause_keeps_its_subject():
    events = _events("The BNP secretary general criticised the budget on Sunday, urging the government to "
                     "cut fuel prices.")
    assert {a.name for ev in events if ev.type == "REQUEST" for a in ev.actors} == {"Bangladesh Nationalist Party"}


# an act, not a statement, after the "that" clause is the clause's own subject's: the reporter
# neither fires nor attacks (review, round 20: the first version gave these to the reporter)
REPORTER_DOES_NOT_ACT = [
    ("India said that Pakistani troops violated the ceasefire on Sunday, firing on border posts in Kashmir.",
     "India"),
    ("Israel said that Hezbollah fighters crossed the border, attacking an army post.", "Israel"),
]


@pytest.mark.parametrize("text,reporter", REPORTER_DOES_NOT_ACT, ids=range(len(REPORTER_DOES_NOT_ACT)))
def test_an_act_after_a_that_clause_is_not_the_reporters(text, reporter):
    at = text.index(", ", text.index(" that ")) + 2
    acts = [ev for ev in _events(text) if ev.type in ("ASSAULT", "COERCE") and ev.trigger.start >= at]
    assert reporter not in {a.name for ev in acts for a in ev.actors}
