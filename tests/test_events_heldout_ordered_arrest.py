"""Held-out cases (round 27, issue 9, ev27b): an order whose object is an arrest is that arrest, a
court's warrant, COERCE by whoever ordered it (eval/GUIDELINES.md E4), never a REQUEST to the police,
a type the gold lists as must-not for it (coder.ordered_arrest). A demand for an arrest stays a
REQUEST. Sentences written for this test, in neither training/ nor the gold."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept, record_of

ORDERS = [
    ("বিস্ফোরক মামলার পলাতক দুই আসামিকে গ্রেপ্তারে পুলিশকে নির্দেশ দিয়েছেন ঢাকার একটি আদালত।", "bn"),
    ("জামিন বাতিল করে সাবেক কাউন্সিলরকে গ্রেপ্তারের নির্দেশ দিয়েছেন হাইকোর্ট।", "bn"),
    ("অর্থ পাচারের মামলায় তিন ব্যবসায়ীকে গ্রেফতারে র‍্যাবকে আদেশ দিয়েছে ট্রাইব্যুনাল।", "bn"),
    ("নারী নির্যাতন মামলার আসামি শিক্ষককে গ্রেপ্তারের আদেশ দেন সিলেটের বিচারক।", "bn"),
    ("A Chattogram court on Sunday ordered the arrest of four former customs officials.", "en"),
    ("The tribunal ordered police to arrest the fugitive former lawmaker within a week.", "en"),
    ("The High Court ordered the immediate arrest of the two accused in the arson case.", "en"),
]
DEMANDS = [
    ("হামলাকারীদের গ্রেপ্তারের দাবি জানিয়েছে বিএনপি।", "bn"),
    ("Students demanded the arrest of the attackers at a rally in Rajshahi.", "en"),
]


@pytest.mark.parametrize("text,lang", ORDERS, ids=range(len(ORDERS)))
def test_an_order_to_arrest_is_no_request(text, lang):
    assert proposed_or_kept(text, lang, {"REQUEST"}) == []


@pytest.mark.parametrize("text,lang", ORDERS[:4], ids=range(4))
def test_an_order_to_arrest_is_told_once_as_coerce(text, lang):
    from event_fixtures import candidates_of
    assert [e.type for e in candidates_of(text, lang)].count("COERCE") == 1


@pytest.mark.parametrize("text,lang", DEMANDS, ids=range(len(DEMANDS)))
def test_a_demand_for_an_arrest_stays_a_request(text, lang):
    assert proposed_or_kept(text, lang, {"REQUEST"})


def test_a_town_court_orders_as_its_state_not_the_town():
    # coder.places_stand_for_states (round 28, ev28b): the court's country, never the city
    from event_fixtures import candidates_of_type
    found = candidates_of_type("A Chattogram court on Monday ordered the arrest of three bank officials.", "en", "COERCE")
    assert found and all([a.name for a in e.actors] == ["Bangladesh"] for e in found)
