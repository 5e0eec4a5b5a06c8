"""Held-out cases (round 18, issue 9): a person the text titles as a foreign state's envoy
("Germany's Acting Ambassador Anja Kersten") is a party of that state, not of the article's home
country. The registry knows no country for most envoys, so the home-country default made them
Bangladeshi, and their visits, condemnations and calls came out as one Bangladeshi acting on
another (dev: a German ambassador's acts coded BGD -> BGD). A clause between the state and the
name, or no envoy's title, changes nothing. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor.events import defaults
from khobor.record import Actor, Entity, Event, Record, Trigger

ENVOYS = [  # (an article, the envoy's name, the state the envoy must belong to)
    ("Bangladesh police arrested two men in Dhaka on Monday. Norway's Ambassador Ingrid Solheim visited "
     "the Dhaka office of the newspaper on Tuesday.", "Ingrid Solheim", "NOR"),
    ("The Election Commission met the parties in Dhaka. Japan's Acting Ambassador Kenji Morita condemned "
     "the arson attack on the commission's office in Dhaka.", "Kenji Morita", "JPN"),
    ("Bangladesh will vote in February. Canada's High Commissioner Ajit Malhotra called on the Bangladesh "
     "government to ensure a peaceful election.", "High Commissioner Ajit Malhotra", "CAN"),
]
NOT_ENVOYS = [  # a state, then something other than an envoy's title before the name
    ("Bangladesh police arrested two men in Dhaka on Monday. After returning from Norway, journalist Rafiq "
     "Hasan condemned the attack on the newspaper.", "Rafiq Hasan"),
    ("The Election Commission met the parties in Dhaka. In Japan, where she studied, lawyer Nasrin Akter "
     "condemned the arson attack on the commission's office.", "Nasrin Akter"),
]


def _countries(text: str, name: str) -> set:
    rec = record_of(text, "en")
    return {a.country for ev in rec.events for a in ev.actors + ev.recipients if a.name == name}


@pytest.mark.parametrize("text,name,country", ENVOYS, ids=[c[2] for c in ENVOYS])
def test_a_titled_envoy_is_of_the_sending_state(text, name, country):
    assert _countries(text, name) == {country}


@pytest.mark.parametrize("text,name", NOT_ENVOYS, ids=range(len(NOT_ENVOYS)))
def test_no_envoy_title_keeps_the_home_country(text, name):
    assert _countries(text, name) == {"BGD"}


BN_TITLES = ("রাষ্ট্রদূত", "হাইকমিশনার", "বিশেষ দূত")
BN_ENVOYS = [  # (the text before the name, the name, the state, its name as spelt, its registry id)
    ("নরওয়ের রাষ্ট্রদূত ", "ইনগ্রিড সোলহাইম", "NOR", "নরওয়ে", "norway"),
    ("জাপানের ভারপ্রাপ্ত রাষ্ট্রদূত ", "কেনজি মোরিতা", "JPN", "জাপান", "japan"),
    ("কানাডার হাইকমিশনার ", "লরা হুইটফিল্ড", "CAN", "কানাডা", "canada"),
    ("সুইডেনের বিশেষ দূত ", "আন্দার্স লিন্ডকভিস্ট", "SWE", "সুইডেন", "sweden"),
]


@pytest.mark.parametrize("before,name,country,state,registry_id", BN_ENVOYS, ids=[c[2] for c in BN_ENVOYS])
def test_a_bengali_titled_envoy_is_of_the_sending_state(before, name, country, state, registry_id):
    text = before + name + " ঢাকায় পত্রিকাটির কার্যালয় পরিদর্শন করেন।"
    state_actor = Actor(id=registry_id, name=state, country=country)
    person = Actor(id="new:" + name, name=name)
    rec = Record(id="x", text=text, language="bn", entities=[
        Entity(start=0, end=len(state), text=state, type="GPE", actor=state_actor),
        Entity(start=len(before), end=len(before) + len(name), text=name, type="PER", actor=person)])
    ev = Event(type="CONSULT", sentence=0, trigger=Trigger(start=0, end=1, text="x"), confidence=0.9, actors=[person])
    (out,) = defaults.apply(rec, [ev], "BGD", BN_TITLES)
    assert [a.country for a in out.actors] == [country]
