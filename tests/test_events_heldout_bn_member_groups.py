"""Held-out cases (round 21, issue 9): a body's members named as a group after its genitive
("বিএনপির সদস্যরা" = the BNP's members, "এনসিপির নেতৃবৃন্দ" = the NCP's leaders, "আওয়ামী লীগের
অনুসারীরা" = the Awami League's followers) act for the body, as "বিএনপির নেতাকর্মীরা" already
did: the genitive name plus a group noun in `heads` is the subject. Without the group noun in
`heads` the genitive name was read as a possessor only, the clause had no actor, and the
protest was no event. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

GROUP_ACTS = [
    ("বিএনপির সদস্যরা শুক্রবার প্রেসক্লাবের সামনে বিক্ষোভ করেন।", "bnp"),
    ("জামায়াতের সদস্যরা রোববার শাহবাগে মানববন্ধন করেন।", "jamaat-e-islami"),
    ("এনসিপির নেতৃবৃন্দ সোমবার ইসির সামনে বিক্ষোভ করেন।", "ncp"),
    ("গণ অধিকার পরিষদের নেতৃবৃন্দ বৃহস্পতিবার প্রেসক্লাবের সামনে অবস্থান নেন।", None),
    ("আওয়ামী লীগের অনুসারীরা রাতে মহাসড়ক অবরোধ করেন।", "awami-league"),
    ("ছাত্রদলের সদস্যরা ক্যাম্পাসে বিক্ষোভ মিছিল করেন।", "chhatra-dal"),
]


@pytest.mark.parametrize("text,actor", GROUP_ACTS, ids=range(len(GROUP_ACTS)))
def test_members_of_a_body_named_as_a_group_act_for_it(text, actor):
    rec = record_of("ঢাকার খবর। " + text, "bn")
    protests = [e for e in rec.events if e.type == "PROTEST"]
    assert protests and all(len(e.actors) == 1 and e.actors[0].country == "BGD" for e in protests)
    if actor:
        assert [e.actors[0].id for e in protests] == [actor]
