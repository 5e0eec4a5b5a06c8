"""Held-out cases (round 19, issue 9):

1. A body linking does not know, named as based in a foreign place ("London-based press freedom
   group X"), is of that place's country (`body_takes_country_of_its_base`): the home-country
   default made foreign watchdogs and think tanks Bangladeshi, so their condemnations and calls
   came out as one Bangladeshi body acting on another. Persons "based" abroad (an expatriate
   journalist) and bodies based at home keep the home country.
2. Expressing solidarity with someone is SUPPORT (PLOVER: "express support"), as praising is: the
   lexicon proposes it (tested on the rule step alone). Round 18 left it out because its one dev
   case, a London-based body, came out Bangladeshi. The classifier, never trained on the phrase,
   keeps only the sure ones (two of the six below, and the dev case).
Sentences written for this test."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.events import extraction
from event_fixtures import record_of

ARSON = ("Bangladesh Police arrested five men in Dhaka over the arson attack on the offices of Prothom Alo "
         "and The Daily Star. ")
TALKS = ("The BNP and Jamaat-e-Islami held talks in Dhaka on Sunday, BNP Secretary General Mirza Fakhrul "
         "Islam Alamgir told reporters. ")

BASED_ABROAD = [  # (an article, the body, its country)
    (ARSON + "London-based press freedom group Open Newsroom Trust condemned the arson attack on Prothom "
     "Alo's office in Dhaka.", "Open Newsroom Trust", "GBR"),
    (ARSON + "Paris-based media watchdog Free Ink Alliance praised the journalists of The Daily Star for "
     "resuming publication.", "Free Ink Alliance", "FRA"),
    (TALKS + "New Delhi-based think tank Asia Policy Forum criticised the Bangladesh government's handling "
     "of the protests.", "Asia Policy Forum", "IND"),
    (TALKS + "Washington-based watchdog Democracy Monitor Initiative called on the Election Commission to "
     "ensure a fair vote.", "Democracy Monitor Initiative", "USA"),
    (TALKS + "Bangkok-based regional watchdog Mekong Press Network condemned the arrest of two journalists "
     "in Sylhet.", "Mekong Press Network", "THA"),
    (TALKS + "Tokyo-based rights group Pacific Justice Circle criticised the arrest of opposition activists "
     "in Rajshahi.", "Pacific Justice Circle", "JPN"),
]
AT_HOME = [  # (an article, the side that keeps the home country)
    (ARSON + "London-based Bangladeshi journalist Kamal Uddin condemned the arson attack on Prothom Alo's "
     "office.", "Kamal Uddin"),
    (ARSON + "Dhaka-based rights group Nagorik Odhikar Forum condemned the arson attack on the newspaper "
     "offices.", "Nagorik Odhikar Forum"),
]
SOLIDARITY = [  # (a sentence, who expresses solidarity)
    "Jatiya Party chairman GM Quader expressed solidarity with the striking garment workers in Gazipur.",
    "The Dhaka Reporters Unity expressed its solidarity with the journalists of New Age on Monday.",
    "Ganosamhati Andolan chief Zonayed Saki expressed full solidarity with the protesting primary teachers.",
    "The BNP expressed solidarity with the families of the victims of the Savar factory fire.",
    "Amnesty International expressed solidarity with the journalists detained in Dhaka last week.",
    "Jamaat-e-Islami ameer Shafiqur Rahman expressed solidarity with the farmers of Rangpur on Sunday.",
]


def _events(text: str) -> list:
    return record_of(text, "en").events


def _countries(text: str, name: str) -> set:
    return {a.country for ev in _events(text) for a in ev.actors if a.name == name}


@pytest.mark.parametrize("text,name,country", BASED_ABROAD, ids=[c[2] for c in BASED_ABROAD])
def test_a_body_based_abroad_is_of_that_country(text, name, country):
    assert _countries(text, name) == {country}


@pytest.mark.parametrize("text,name", AT_HOME, ids=range(len(AT_HOME)))
def test_a_person_based_abroad_or_a_body_at_home_keeps_the_home_country(text, name):
    assert _countries(text, name) == {"BGD"}


def _proposed(text: str) -> list:
    """The events of the rule step alone (the lexicon and the role rules, no classifier)."""
    rec = record_of(text, "en")
    extraction.run(rec, lang.load("en"), classify=False)
    return rec.events


@pytest.mark.parametrize("text", SOLIDARITY, ids=range(len(SOLIDARITY)))
def test_expressing_solidarity_is_support(text):
    assert [e.type for e in _proposed(text) if e.trigger.text.startswith("expressed")] == ["SUPPORT"]


def test_the_classifier_keeps_a_sure_solidarity():
    assert [e.type for e in _events(SOLIDARITY[0]) if e.trigger.text.startswith("expressed")] == ["SUPPORT"]


def test_expressing_concern_stays_no_support():
    text = "The BNP expressed concern over the arrest of its activists in Bogura."
    assert [e.type for e in _proposed(text) if e.type == "SUPPORT"] == []


# A body named after the head noun of a based-abroad phrase, past a preposition or an article
# ("a London-based lawyer for the X"), is not the body based there: it keeps the home country
# (rev-c's finding on body_takes_country_of_its_base). Sentences written for this test.
ATTACK = "Activists of the {0} attacked police in Gazipur near Dhaka on Monday. "
NOT_BASED_THERE = [  # (an article, the home body)
    (ATTACK.format("Sramik Odhikar Union") + "A London-based lawyer for the Sramik Odhikar Union spoke to "
     "reporters in Dhaka on Tuesday.", "Sramik Odhikar Union"),
    (ATTACK.format("Krishok Mukti Forum") + "A New York-based spokesman of the Krishok Mukti Forum denied "
     "the charges on Tuesday.", "Krishok Mukti Forum"),
    (ATTACK.format("Nagorik Shakti Front") + "A Paris-based researcher with the Nagorik Shakti Front "
     "said the men were provoked.", "Nagorik Shakti Front"),
    (ATTACK.format("Chhatra Odhikar Mancha") + "A Delhi-based adviser to the Chhatra Odhikar Mancha "
     "apologised for the violence.", "Chhatra Odhikar Mancha"),
    (ATTACK.format("Jubo Shakti Parishad") + "A Tokyo-based donor to the Jubo Shakti Parishad "
     "withdrew his support on Tuesday.", "Jubo Shakti Parishad"),
    (ATTACK.format("Bhumi Rakkha Andolon") + "A Berlin-based critic of the Bhumi Rakkha Andolon "
     "called for an inquiry.", "Bhumi Rakkha Andolon"),
]


@pytest.mark.parametrize("text,name", NOT_BASED_THERE, ids=range(len(NOT_BASED_THERE)))
def test_a_body_after_the_head_noun_of_a_based_phrase_keeps_the_home_country(text, name):
    assert _countries(text, name) <= {"BGD"}
    assert "BGD" in _countries(text, name)
