"""Held-out cases (round 26, issue 9, ev26c): two must-not events the retrained Bengali classifier
scored 0.69 on dev, which forced its threshold up to 0.70. Vehicles that collide ("বাসের সঙ্গে
ট্রাকের মুখোমুখি সংঘর্ষ", "দুটি লঞ্চের সংঘর্ষে") are a road or river accident, not a clash
between parties (ASSAULT); mourning observed ("শোক পালন করবে", "রাষ্ট্রীয় শোক পালনের") is no
protest programme (PROTEST), as condolence ("শোক জানান") already was not. Clashes between people
and protest programmes observed stay. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept

NO_ACTS = [
    ("জামায়াতের কর্মীদের বহনকারী একটি বাসের সঙ্গে ট্রাকের মুখোমুখি সংঘর্ষ হয়।", {"ASSAULT"}),
    ("আওয়ামী লীগের কর্মীদের বহনকারী একটি মাইক্রোবাসের সঙ্গে ট্রাকের সংঘর্ষ হয়।", {"ASSAULT"}),
    ("এনসিপির নেতাদের বহনকারী গাড়ির সঙ্গে একটি বাসের মুখোমুখি সংঘর্ষ হয়।", {"ASSAULT"}),
    ("সমাবেশ থেকে ফেরার পথে বিএনপির নেতাকর্মীদের বাসের সঙ্গে ট্রাকের সংঘর্ষ হয়।", {"ASSAULT"}),
    ("দলের প্রতিষ্ঠাতার মৃত্যুতে তিন দিনের শোক পালন করবে জাতীয় পার্টি।", {"PROTEST"}),
    ("প্রবীণ নেতার মৃত্যুতে আওয়ামী লীগ সারা দেশে শোক পালন করেছে।", {"PROTEST"}),
    ("দলীয় প্রধানের মৃত্যুতে সাত দিনের শোক পালন করছে বিএনপি।", {"PROTEST"}),
    ("নেতার মৃত্যুতে এনসিপি দুই দিনের শোক পালনের কর্মসূচি দিয়েছে।", {"PROTEST"}),
]
ACTS = [
    ("বিএনপি ও আওয়ামী লীগের নেতাকর্মীদের মধ্যে সংঘর্ষে ১০ জন আহত হয়েছেন।", {"ASSAULT"}),
    ("দাবি আদায়ে বিএনপি সারা দেশে বিক্ষোভ কর্মসূচি পালন করেছে।", {"PROTEST"}),
]


@pytest.mark.parametrize("text,types", NO_ACTS, ids=range(len(NO_ACTS)))
def test_a_collision_or_mourning_is_no_act(text, types):
    assert proposed_or_kept(text, "bn", types) == []


@pytest.mark.parametrize("text,types", ACTS, ids=range(len(ACTS)))
def test_a_clash_or_protest_stays(text, types):
    assert proposed_or_kept(text, "bn", types) != []
