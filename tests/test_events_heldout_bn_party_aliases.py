"""Held-out cases (round 24, issue 9): a party's full name, "বা" (or) and its short form are one
party, and the full name takes the case and role of the short form. A sentence telling that
a leader of the National Citizen Party "or NCP" (বা এনসিপির) resigned from it was coded as the
party resigning: its full name was unmarked and first in the clause, so the subject (a false
RETREAT in unlabelled news-dev rows, seed 50). The full name now only qualifies the member, as its short form in the genitive
does. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type, record_of

# (sentence, the party, the member who acts)
MEMBERS = [
    ("জাতীয় নাগরিক পার্টি বা এনসিপির কেন্দ্রীয় সদস্য নুসরাত জাহান গতকাল দল থেকে পদত্যাগ করেছেন।",
     "National Citizen Party", "Nusrat Jahan"),
    ("বাংলাদেশ জাতীয়তাবাদী দল বা বিএনপির সাবেক এমপি আবুল কালাম দল থেকে পদত্যাগ করেছেন।",
     "Bangladesh Nationalist Party", "Abul Kalam"),
    ("জাতীয় পার্টি বা জাপার প্রেসিডিয়াম সদস্য শফিকুল ইসলাম দল থেকে পদত্যাগ করেছেন।",
     "Jatiya Party", "Shafiqul Islam"),
    ("বাংলাদেশ জামায়াতে ইসলামী বা জামায়াতের নায়েবে আমির মুজিবুর রহমান নির্বাচন কমিশনের সমালোচনা করেছেন।",
     "Bangladesh Jamaat-e-Islami", "Mujibur Rahman"),
    ("জাতীয় নাগরিক পার্টি বা এনসিপির যুগ্ম আহ্বায়ক সারোয়ার হোসেন পদত্যাগ করেছেন।",
     "National Citizen Party", "Sarwar Hossain"),
    ("বাংলাদেশ জাতীয়তাবাদী দল বা বিএনপির ভাইস চেয়ারম্যান মাহমুদ হাসান দল থেকে পদত্যাগ করেছেন।",
     "Bangladesh Nationalist Party", "Mahmud Hasan"),
]

# the party itself, named both ways, still acts
PARTIES = [
    ("বাংলাদেশ জাতীয়তাবাদী দল বা বিএনপি নির্বাচন কমিশনের সমালোচনা করেছে।", "ACCUSE", "Bangladesh Nationalist Party"),
]


# round 34's weights (evw34, + bnw18) keep no resignation in the second (RETREAT under the threshold)
ROUND34_MISSED = pytest.mark.xfail(strict=True, reason="the round 34 weights keep no RETREAT here (recall)")


@pytest.mark.parametrize("text, party, member",
                         [pytest.param(*m, marks=ROUND34_MISSED) if i == 1 else m for i, m in enumerate(MEMBERS)],
                         ids=range(len(MEMBERS)))
def test_the_member_acts_not_the_party_named_both_ways(text, party, member):
    events = record_of(text, "bn").events
    assert events and all(party not in [a.name for a in e.actors] for e in events)
    assert any(member in [a.name for a in e.actors] for e in events)


@pytest.mark.parametrize("text, etype, party", PARTIES, ids=range(len(PARTIES)))
def test_a_party_named_both_ways_acts(text, etype, party):
    assert any(party in [a.name for a in e.actors] for e in events_of_type(text, "bn", etype))
