"""A Bengali boycott told with the native word বর্জন and its verb ("নির্বাচন বর্জন করে", "ক্লাস
বর্জনের ঘোষণা দেয়"): a PROTEST by whoever boycotts (events.yaml triggers, beside বয়কট).
The sentences here are written for the tests."""
from __future__ import annotations

from test_events import code, countries, make, one


def test_boycotting_an_election_is_a_protest_by_the_boycotter():
    # "Pakistan boycotted that election"
    rec = code(make("পাকিস্তান ওই নির্বাচন বর্জন করে।", "bn", [("পাকিস্তান", "PAK", "GPE")]))
    ev = one(rec, "PROTEST")
    assert countries(ev.actors) == ["PAK"] and ev.trigger.text == "বর্জন করে"


def test_announcing_a_boycott_is_a_protest():
    # "Nepal announced a boycott of the games"
    rec = code(make("নেপাল আসরটি বর্জনের ঘোষণা দেয়।", "bn", [("নেপাল", "NPL", "GPE")]))
    ev = one(rec, "PROTEST")
    assert countries(ev.actors) == ["NPL"]
