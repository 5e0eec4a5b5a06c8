"""Held-out cases (round 24b, issue 9): a route named by the towns it joins ("ঢাকা-খুলনা
এক্সপ্রেসওয়েতে", "ঢাকা-চট্টগ্রাম রেলপথে", "ঢাকা-বরিশাল নৌপথে") is a place, like a highway
(মহাসড়ক, already a place noun): the towns act in nothing. The coder made them the parties of a
road crash (a must-not ASSAULT of the written set: "বাস ও পিকআপভ্যানের মুখোমুখি সংঘর্ষে") and of
a blockade held on the route. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

TOWNS = {"Dhaka", "Khulna", "Chittagong", "Barisal", "Sylhet", "Mymensingh", "Rajshahi", "Mawa"}

ON_ROUTES = [
    "শরীয়তপুরে ঢাকা-খুলনা এক্সপ্রেসওয়েতে যাত্রীবাহী বাস ও মাইক্রোবাসের মুখোমুখি সংঘর্ষে পাঁচজন নিহত হয়েছেন।",
    "ভৈরবে ঢাকা-চট্টগ্রাম রেলপথে মালবাহী ট্রেনের সঙ্গে যাত্রীবাহী ট্রেনের সংঘর্ষে অন্তত ১২ জন আহত হয়েছেন।",
    "চাঁদপুরে ঢাকা-বরিশাল নৌপথে দুটি লঞ্চের সংঘর্ষে এক শিশুসহ তিনজন নিখোঁজ রয়েছেন।",
    "মুন্সিগঞ্জে ঢাকা-মাওয়া এক্সপ্রেসওয়েতে প্রাইভেটকারের সঙ্গে পিকআপের সংঘর্ষে দুজন প্রাণ হারিয়েছেন।",
    "কিশোরগঞ্জে ঢাকা-ময়মনসিংহ রেললাইনে অটোরিকশার সঙ্গে ট্রেনের সংঘর্ষে চালক নিহত হয়েছেন।",
    "ফরিদপুরে ঢাকা-খুলনা এক্সপ্রেসওয়েতে দুটি বাসের সংঘর্ষে তিনজন নিহত হয়েছেন।",
]


@pytest.mark.parametrize("text", ON_ROUTES, ids=range(len(ON_ROUTES)))
def test_the_towns_a_route_is_named_by_act_in_nothing(text):
    for ev in record_of(text, "bn").events:
        assert not {a.name for a in ev.actors + ev.recipients} & TOWNS, (ev.type, ev.actors)


def test_a_clash_of_parties_on_a_highway_stays():
    text = "ঢাকা-আরিচা মহাসড়কে শিক্ষার্থীদের সঙ্গে পুলিশের সংঘর্ষে ২০ জন আহত হয়েছেন।"
    assert [e.type for e in record_of(text, "bn").events] == ["ASSAULT"]
