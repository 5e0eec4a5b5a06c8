"""Held-out cases (round 42, issue 9's must-not check): event types the writers list as `must_not`
(GUIDELINES E10) that the coder produced on written dev, each from a trigger's wrong sense or type.
- A death sentence ordered ("ফাঁসির আদেশ") is a court sentence, SANCTION (GUIDELINES E4); the
  learned head "আদেশ" (order) coded it a COERCE, though nobody is arrested.
- Police officers withdrawn from their post ("withdrew two constables") are a disciplinary
  SANCTION, no RETREAT from territory.
- Cyclone volunteers or hospitals put on alert are no force readied: no MOBILIZE (E4), while an army
  put on alert still is one.
- A visit to a city of the visitor's own country meets no party: a trip at home, no CONSULT
  (role rule trip_at_home_is_no_visit); a visit abroad stays one.
- "জড়ো হতে থাকেন" (gathered, of party workers at a rally) is no MOBILIZE and "বেরিয়ে যাওয়া দলগুলোর"
  (of the parties that walked out) no SANCTION (events.yaml non_events, round 42 ev42bn).
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead, events_of_type, proposed_or_kept

# the classifier still weighs the passive sentence with a town for its agent below its threshold
# (the candidate is a SANCTION now, no COERCE): strict xfail until it keeps it
WEIGHED_BELOW = pytest.mark.xfail(strict=True, reason="SANCTION candidate below the classifier threshold")
DEATH_SENTENCES = [
    pytest.param("রাজশাহীতে ব্যবসায়ী হত্যা মামলায় চার আসামির ফাঁসির আদেশ হয়েছে।", marks=WEIGHED_BELOW),
    "গাজীপুরে শিশু হত্যা মামলায় দুই আসামিকে ফাঁসির আদেশ দিয়েছেন আদালত।",
]


@pytest.mark.parametrize("text", DEATH_SENTENCES, ids=range(len(DEATH_SENTENCES)))
def test_a_death_sentence_is_a_sanction(text):
    assert events_of_type(text, "bn", "SANCTION")


@pytest.mark.parametrize("text", [getattr(p, "values", (p,))[0] for p in DEATH_SENTENCES])
def test_a_death_sentence_is_no_arrest(text):
    assert proposed_or_kept(text, "bn", {"COERCE"}) == []


OFFICERS_WITHDRAWN = [
    "The Gazipur police have withdrawn three constables from the bus stand after the complaint.",
    pytest.param("Police withdrew two officers from the Savar police station on Sunday.", marks=WEIGHED_BELOW),
]


@pytest.mark.parametrize("sentence", OFFICERS_WITHDRAWN, ids=range(len(OFFICERS_WITHDRAWN)))
def test_officers_withdrawn_are_a_sanction(sentence):
    assert [e for e in events_after_home_lead("en", sentence) if e.type == "SANCTION"]


@pytest.mark.parametrize("sentence", [getattr(p, "values", (p,))[0] for p in OFFICERS_WITHDRAWN])
def test_officers_withdrawn_are_no_retreat(sentence):
    assert [e for e in events_after_home_lead("en", sentence) if e.type == "RETREAT"] == []


# English sentences with no event of the type named: relief workers on alert, trips at home
NOT_OF_TYPE_EN = [
    ("The district administration opened 300 cyclone shelters and put Red Crescent volunteers on alert in the coastal unions.",
     "MOBILIZE"),
    ("Hospitals in Barishal were on alert as the storm moved towards the coast.", "MOBILIZE"),
    ("Education Adviser Rafiqul Islam, visiting Rajshahi on 3 June, had said the new hall would open in July.", "CONSULT"),
    # the actor is read as the title ("Commerce Adviser"), whose country the roles do not know yet
    pytest.param("Commerce Adviser Sk Bashir Uddin visited Khulna on Friday to see the jute mills.", "CONSULT",
                 marks=pytest.mark.xfail(strict=True, reason="a titled actor has no country when the roles are read")),
]
# the same kinds still coded: an army on alert, a visit abroad
STILL_OF_TYPE_EN = [
    ("The government put the army on alert in the coastal districts.", "MOBILIZE"),
    ("Foreign Adviser Touhid Hossain visited New Delhi on Monday.", "CONSULT"),
]


def _of_type(sentence: str, etype: str) -> list:
    return [e for e in events_after_home_lead("en", sentence) if e.type == etype]


@pytest.mark.parametrize("sentence,etype", NOT_OF_TYPE_EN, ids=range(len(NOT_OF_TYPE_EN)))
def test_relief_alerts_and_home_trips_are_no_events_of_that_type(sentence, etype):
    assert _of_type(sentence, etype) == []


@pytest.mark.parametrize("sentence,etype", STILL_OF_TYPE_EN, ids=range(len(STILL_OF_TYPE_EN)))
def test_an_army_on_alert_and_a_visit_abroad_stay(sentence, etype):
    assert _of_type(sentence, etype)


GATHERED_OR_WALKED_OUT = [
    ("সকাল থেকেই বিভিন্ন জেলা থেকে নেতাকর্মীরা মাঠে জড়ো হতে থাকেন।", "MOBILIZE"),
    ("বৈঠক থেকে বেরিয়ে যাওয়া দলগুলোর একজন নেতা সাংবাদিকদের বলেন, তাঁদের কথা শোনা হয়নি।", "SANCTION"),
]


@pytest.mark.parametrize("text,etype", GATHERED_OR_WALKED_OUT, ids=range(len(GATHERED_OR_WALKED_OUT)))
def test_gathering_or_walking_out_is_no_event_of_that_type(text, etype):
    assert proposed_or_kept(text, "bn", {etype}) == []
