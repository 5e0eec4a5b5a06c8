"""A Bengali meeting told as a time phrase of the main clause ("X-এর সঙ্গে বৈঠক শেষে Y বলেন"):
Y, the main clause's subject named after the phrase, met X (roles.subject_after_meeting_phrase).
The sentences here are written for the tests."""
from __future__ import annotations

from test_events import code, make, one
from test_events_roles import steps


def test_after_meeting_the_subject_of_the_main_clause_met():
    # "after the meeting with Modi, Sheikh Hasina told reporters": Hasina and Modi met
    rec = code(make("নরেন্দ্র মোদির সঙ্গে বৈঠক শেষে শেখ হাসিনা সাংবাদিকদের বলেন, আলোচনা ভালো হয়েছে।", "bn",
                    [("নরেন্দ্র মোদির", "modi", "PER"), ("শেখ হাসিনা", "hasina", "PER")]))
    ev = one(rec, "CONSULT")
    assert {a.id for a in ev.actors} == {"narendra-modi", "sheikh-hasina"}
    assert ("subject_after_meeting_phrase", "actor = শেখ হাসিনা") in steps(ev, "role")


def test_during_the_meeting_the_subject_of_the_main_clause_met():
    # "during a courtesy call on Xi, Hasina said this": the ending -কালে makes the time phrase
    rec = code(make("শি জিনপিংয়ের সঙ্গে সৌজন্য সাক্ষাৎকালে শেখ হাসিনা এসব কথা বলেন।", "bn",
                    [("শি জিনপিংয়ের", "xi", "PER"), ("শেখ হাসিনা", "hasina", "PER")]))
    ev = one(rec, "CONSULT")
    assert {a.id for a in ev.actors} == {"xi-jinping", "sheikh-hasina"}


def test_a_time_phrase_of_another_act_names_no_subject_after_it():
    # "after India's attack, Hasina told reporters": Hasina attacked no one (reciprocal frames only)
    rec = code(make("ভারতের হামলার পর শেখ হাসিনা সাংবাদিকদের বলেন, পরিস্থিতি শান্ত।", "bn",
                    [("ভারতের", "IND", "GPE"), ("শেখ হাসিনা", "hasina", "PER")]))
    assert not [e for e in rec.events if "sheikh-hasina" in {a.id for a in e.actors}]


def test_a_party_met_after_the_phrase_is_the_main_verbs():
    # "after the meeting Hasina talked to reporters": the reporters are no party to the meeting
    rec = code(make("বৈঠক শেষে সাংবাদিকদের সঙ্গে কথা বলেন শেখ হাসিনা।", "bn",
                    [("সাংবাদিকদের", "modi", "PER"), ("শেখ হাসিনা", "hasina", "PER")]))
    assert not [e for e in rec.events if e.type == "CONSULT" and e.trigger.text == "বৈঠক"]
