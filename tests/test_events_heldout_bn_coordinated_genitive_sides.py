"""Held-out cases (round 46, issue 9): two parties joined by "ও" with the genitive on the second
("বাংলাদেশ ও ভারতের" = of Bangladesh and India: Bengali marks the case of a coordination once, on its
last conjunct) before a meeting noun are the two sides that met (coordinated_genitive_sides). The
meeting was lost with one party, the first conjunct read as a subject alone (dev: foreign secretaries'
meetings, border forces' flag meetings). A party's own meeting stays none. Sentences written for this
test."""
from __future__ import annotations

from event_fixtures import record_of


def _sides(text: str) -> list[set]:
    return [{a.country for a in ev.actors + ev.recipients} for ev in record_of(text, "bn").events
            if ev.type == "CONSULT"]


def test_two_states_secretaries_met():
    text = "দীর্ঘ বিরতির পর ঢাকায় বাংলাদেশ ও ভারতের পররাষ্ট্রসচিব পর্যায়ের বৈঠক হয়েছে।"
    assert {"BGD", "IND"} in _sides(text)


def test_two_border_forces_met():
    text = "সোমবার বিকেলে বিজিবি ও বিএসএফের ব্যাটালিয়ন কমান্ডারদের বৈঠক হয়েছে।"
    assert {"BGD", "IND"} in _sides(text)


def test_a_party_meeting_alone_is_none():
    text = "সোমবার বিকেলে বিএনপির স্থায়ী কমিটির বৈঠক হয়েছে।"
    assert _sides(text) == []


def test_two_states_named_as_the_topic_did_not_meet():
    # "the commerce adviser held a meeting on Chinese and Indian investment": the two states are what
    # the meeting was about (the genitive governs "বিনিয়োগ নিয়ে"), not its sides (re-reader rr46a)
    text = "চীন ও ভারতের বিনিয়োগ নিয়ে বৈঠক করেছেন বাণিজ্য উপদেষ্টা।"
    assert {"CHN", "IND"} not in _sides(text)
