"""Bengali gold events the role rules used to leave without an actor (round 32, ev32b): the
sentences here are written for the tests."""
from __future__ import annotations

from khobor.record import Actor
from test_events import A, code, make, one
from test_events_roles import steps

ELECTION = Actor(id="election", name="The general election", country="BGD")


def test_an_election_named_before_the_verb_is_no_subject():
    # "with the general election ahead, BNP met its allies again": BNP meets, not the election
    A.setdefault("election", ELECTION)
    rec = code(make("সংসদ নির্বাচন সামনে রেখে শরিকদের সঙ্গে আবারও বৈঠক করেছে বিএনপি।", "bn",
                    [("সংসদ নির্বাচন", "election", "EVT"), ("বিএনপি", "bnp", "ORG")]))
    ev = one(rec, "CONSULT")
    assert "bnp" in [a.id for a in ev.actors]
    assert ("subject_after_verb", "actor = বিএনপি") in steps(ev, "role")
    assert not [d for rule, d in steps(ev, "role") if rule == "subject_before_verb"]


POLICE = Actor(id="bd-police", name="Bangladesh Police", country="BGD", sector="COP")


def test_a_force_deployed_as_a_standing_state_mobilises():
    # "extra police are deployed in the village": the police mobilise, as when told in the passive
    A.setdefault("bd-police", POLICE)
    rec = code(make("গ্রামে অতিরিক্ত পুলিশ মোতায়েন রয়েছে।", "bn", [("পুলিশ", "bd-police", "ORG")]))
    ev = one(rec, "MOBILIZE")
    assert [a.id for a in ev.actors] == ["bd-police"] and not ev.recipients
    assert ("stationed_force_mobilises", "actor = পুলিশ") in steps(ev, "role")


def test_a_standing_state_of_another_patient_names_no_mobiliser():
    # "extra election officials are stationed": officials are no force, nobody mobilises
    A.setdefault("ec", Actor(id="ec", name="Election Commission", country="BGD", sector="GOV"))
    rec = code(make("কেন্দ্রে নির্বাচন কমিশন মোতায়েন রয়েছে।", "bn", [("নির্বাচন কমিশন", "ec", "ORG")]))
    assert not [e for e in rec.events if e.type == "MOBILIZE"]


def test_whoever_calls_a_protest_protests():
    # "the BNP called a strike on Sunday": the party is the subject of the call, not of a bare noun
    rec = code(make("রোববার হরতালের ডাক দিয়েছিল বিএনপি।", "bn", [("বিএনপি", "bnp", "ORG")]))
    ev = one(rec, "PROTEST")
    assert [a.id for a in ev.actors] == ["bnp"]


def test_talking_with_someone_is_meeting_them():
    # "the upazila official talked with the workers at noon": a meeting between the two
    rec = code(make("দুপুরে উপজেলা প্রশাসন শ্রমিকদের সঙ্গে কথা বলেন।", "bn",
                    [("উপজেলা প্রশাসন", "BGD", "ORG"), ("শ্রমিকদের", "awami", "ORG")]))
    ev = one(rec, "CONSULT")
    assert {a.id for a in ev.actors} == {"bangladesh", "awami-league"}


def test_talking_to_reporters_is_no_meeting():
    # "after the meeting Hasina talked to reporters": a statement to the press (roles.press_is_no_party)
    A.setdefault("press", Actor(id="press", name="journalists", country="BGD", sector="MED"))
    rec = code(make("বৈঠক শেষে সাংবাদিকদের সঙ্গে কথা বলেন শেখ হাসিনা।", "bn",
                    [("সাংবাদিকদের", "press", "ORG"), ("শেখ হাসিনা", "hasina", "PER")]))
    assert not [e for e in rec.events if e.type == "CONSULT"]
