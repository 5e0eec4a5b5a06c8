"""Held-out cases (round 27, issue 9): two kinds of false Bengali event that the classifier, not a
rule, should weigh, since the same trigger words are events in other sentences.
- An observance told with "পালন" (a minute's silence, a day of mourning, prayers) is no PROTEST;
  a strike or a sit-in "পালন" is one (the learned lexicon's head "পালন" proposes both).
- A court or tribunal ordering the police to arrest someone is COERCE (eval/GUIDELINES.md E4: a
  court's arrest warrant), never a REQUEST to the police, a type the gold lists as must-not.
Sentences written for this test (not in training/, whose heldout/bn/bnw13-01.jsonl has other
sentences of the two kinds, trained on since round 33). The weights before round 33 failed four
observances (a strict xfail said so); round 33's retrain with bnw13 (build A,
lang/bn/events_classifier.md) passes all ten at its threshold 0.60. The court orders
pass with any weights since coder.ordered_arrest (round 27, ev27b) makes the order the arrest."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type


OBSERVANCES = [
    "প্রয়াত মহাসচিবের স্মরণে দলীয় কার্যালয়ে এক মিনিট নীরবতা পালন করেছেন বিএনপির নেতারা।",
    "সাবেক প্রধানমন্ত্রীর মৃত্যুতে দুই দিনের শোক পালন করছে আওয়ামী লীগ।",
    "বর্ধিত সভার শুরুতে প্রয়াত সদস্যদের স্মরণে নীরবতা পালন করে জামায়াতে ইসলামী।",
    "দলের প্রয়াত প্রেসিডিয়াম সদস্যের স্মরণে এক মিনিট নীরবতা পালন করেন জাতীয় পার্টির নেতাকর্মীরা।",
    "শোক দিবস উপলক্ষে কালো ব্যাজ ধারণ ও নীরবতা পালন করেছে আওয়ামী লীগ।",
]
COURT_ORDERS = [
    "ব্যবসায়ী হত্যা মামলার চার আসামিকে গ্রেপ্তারের নির্দেশ দিয়েছেন খুলনার একটি আদালত।",
    "দুর্নীতির মামলায় পলাতক সাবেক মেয়রকে গ্রেপ্তার করতে পুলিশকে নির্দেশ দিয়েছেন আদালত।",
    "গুমের মামলার আসামি তিন সেনা কর্মকর্তাকে গ্রেপ্তারে পুলিশকে নির্দেশ দিয়েছে আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল।",
    "চাঁদাবাজির মামলার আসামিদের গ্রেপ্তারে পুলিশকে নির্দেশ দিয়েছেন হাইকোর্ট।",
]
STRIKES = [
    "নির্বাচনকালীন সরকারের দাবিতে সারা দেশে সকাল-সন্ধ্যা হরতাল পালন করেছে বিএনপি।",
]


@pytest.mark.parametrize("text", OBSERVANCES, ids=range(len(OBSERVANCES)))
def test_an_observance_is_no_protest(text):
    assert events_of_type(text, "bn", "PROTEST") == []


@pytest.mark.parametrize("text", COURT_ORDERS, ids=range(len(COURT_ORDERS)))
def test_a_court_ordering_an_arrest_makes_no_request(text):
    assert events_of_type(text, "bn", "REQUEST") == []


@pytest.mark.parametrize("text", STRIKES, ids=range(len(STRIKES)))
def test_a_strike_kept_is_still_a_protest(text):
    assert events_of_type(text, "bn", "PROTEST")
