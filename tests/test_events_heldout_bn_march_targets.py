"""Held-out cases (round 24, issue 9): the goal of a march or protest ("X অভিমুখে", towards X;
"X-এর উদ্দেশে", bound for X) is its target, never the marchers. A protest called "towards the
Indian embassy" (ভারতীয় দূতাবাস অভিমুখে) in Dhaka, with no marchers named, was coded as the
embassy protesting (a false PROTEST in unlabelled news-dev rows, seed 51). Both
postpositions now mark the name as the one the act is aimed at ("dat"). Sentences written for
this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type, record_of

# (sentence, the target of the march)
TARGETS = [
    ("শ্রমিকদের কয়েকটি সংগঠনের ডাকে ঢাকায় মার্কিন দূতাবাস অভিমুখে বিক্ষোভ মিছিলের ডাক দেওয়া হয়েছে।", "Embassy of the United States, Dhaka"),
    ("চাকরিপ্রার্থীরা সচিবালয় অভিমুখে বিক্ষোভ মিছিল নিয়ে রওনা হন।", "Bangladesh Secretariat"),
    ("হেফাজতের নেতাকর্মীরা ফ্রান্সের দূতাবাস অভিমুখে বিক্ষোভ মিছিল করেন।", "French Embassy"),
    ("জুলাই ঐক্যের ব্যানারে মিয়ানমার দূতাবাস অভিমুখে বিক্ষোভ কর্মসূচি পালিত হয়।", "Burmese Embassy"),
    ("রবিবার দুপুরে চীনা দূতাবাস অভিমুখে বিক্ষোভ মিছিল করা হয়।", "Chinese Embassy"),
    ("সকালে শাহবাগ থেকে নির্বাচন কমিশন অভিমুখে বিক্ষোভ মিছিল বের হয়।", "Bangladesh Election Commission"),
    ("দুপুরে প্রেসক্লাব থেকে সচিবালয় অভিমুখে লংমার্চ কর্মসূচি শুরু হয়।", "Bangladesh Secretariat"),
    ("বিকেলে ভারতীয় হাইকমিশন অভিমুখে বিক্ষোভ মিছিলের ডাক দেওয়া হয়েছিল।", "Indian High Commission"),
    ("ছাত্রদের একটি দল বুধবার মিয়ানমার দূতাবাস অভিমুখে বিক্ষোভ মিছিল করে।", "Burmese Embassy"),
]

# named marchers still march, and the target is the one protested at
MARCHERS = [
    ("বিএনপি নির্বাচন কমিশন অভিমুখে বিক্ষোভ মিছিল করে।", "Bangladesh Nationalist Party"),
    ("জামায়াতে ইসলামী সচিবালয় অভিমুখে বিক্ষোভ মিছিল করেছে।", "Bangladesh Jamaat-e-Islami"),
]


@pytest.mark.parametrize("text, target", TARGETS, ids=range(len(TARGETS)))
def test_the_goal_of_a_march_does_not_march(text, target):
    assert all(target not in [a.name for a in e.actors] for e in record_of(text, "bn").events)


@pytest.mark.parametrize("text, party", MARCHERS, ids=range(len(MARCHERS)))
def test_named_marchers_protest(text, party):
    assert any(party in [a.name for a in e.actors] for e in events_of_type(text, "bn", "PROTEST"))
