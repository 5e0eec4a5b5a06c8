"""Bengali: the genitive before a caller participle is who called the action after it (round 39,
issue 9; roles.caller_of_a_called_action): "বিএনপির ডাকা হরতাল" (the strike called by the BNP)
is the BNP's strike, also with the strike's modifiers between ("ডাকা অর্ধদিবস হরতাল"). A strike
named only as the time of another act ("হরতালে ... ভাঙচুর করা হয়") stays no event of its caller.
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

CALLED = [  # (sentence, the caller's actor id)
    ("বিএনপির ডাকা সকাল-সন্ধ্যা হরতাল আজ সারা দেশে চলছে।", "bnp"),
    ("চট্টগ্রামে গতকাল জাতীয় পার্টির ডাকা অর্ধদিবস হরতাল পালিত হয়েছে।", "jatiya-party"),
]


@pytest.mark.parametrize("text,caller", CALLED, ids=range(len(CALLED)))
def test_the_caller_of_a_strike_is_its_actor(text, caller):
    assert [[a.id for a in e.actors] for e in events_of_type(text, "bn", "PROTEST")] == [[caller]]


def test_a_strike_named_as_the_time_of_another_act_is_no_event():
    assert events_of_type("বিএনপির ডাকা হরতালে রাজধানীতে কয়েকটি বাস ভাঙচুর করা হয়।", "bn", "PROTEST") == []
