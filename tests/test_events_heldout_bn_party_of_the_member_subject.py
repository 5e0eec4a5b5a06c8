"""Held-out cases (round 45, issue 9): a party in the genitive whose noun phrase ends in a caseless
member noun before the verb ("বিএনপির জেলা কমিটির এক নেতা ... দায়ী করেছেন" = a leader of the
BNP's district committee blamed ...) is the subject told by its member (party_of_the_member_subject);
the event was lost with no party (dev: a student wing's leader alleging, a party leader blaming).
A member in another case is acted on, not acting. Sentences written for this test."""
from __future__ import annotations

from event_fixtures import record_of


def _actors(text: str, etype: str) -> list[set]:
    return [{a.name for a in ev.actors} for ev in record_of(text, "bn").events if ev.type == etype]


def test_a_leader_of_the_party_blamed():
    text = "বিএনপির জেলা কমিটির এক নেতা হামলার জন্য প্রতিপক্ষকে দায়ী করেছেন।"
    assert {"Bangladesh Nationalist Party"} in _actors(text, "ACCUSE")


def test_a_leader_of_the_student_wing_alleged():
    text = "ছাত্রদলের বিশ্ববিদ্যালয় শাখার এক নেতা অভিযোগ করেন, হলের কক্ষ দখল করা হয়েছে।"
    assert {"Jatiyatabadi Chhatra Dal"} in _actors(text, "ACCUSE")


def test_a_member_in_the_accusative_does_not_act():
    text = "বিএনপির জেলা কমিটির এক নেতাকে গ্রেপ্তার করা হয়েছে।"
    assert all("Bangladesh Nationalist Party" not in actors for actors in _actors(text, "COERCE"))
