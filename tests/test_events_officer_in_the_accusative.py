"""Round 29 (issue 9, Bengali event precision): a body's officer as the one acted on. Sentences
written for this test.

- `member_heads` (lang/bn/events.yaml) holds কর্মকর্তা: "পুলিশ কর্মকর্তাকে" (a police officer,
  accusative) is one noun phrase, the victim, never the police as attacker.
"""
from __future__ import annotations

from event_fixtures import events_after_home_lead


def test_a_police_officer_in_the_accusative_is_the_victim_not_the_attacker():
    events = events_after_home_lead("bn", "এক পুলিশ কর্মকর্তাকে হত্যা করেছে দুর্বৃত্তরা।")
    assert [e.type for e in events] == ["ASSAULT"]
    assert [a.name for a in events[0].actors] == ["unidentified"]


def test_police_officers_as_subject_still_act():
    events = events_after_home_lead("bn", "পুলিশ কর্মকর্তারা পাঁচজনকে গ্রেপ্তার করেছেন।")
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [("COERCE", ["police"])]
