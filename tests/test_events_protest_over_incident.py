"""Round 32 (issue 9, Bengali event precision): whom a protest over "the incident" is aimed at.
Sentences written for this test.

- `protest_over_an_incident_aims_at_its_doer` (events/defaults.py): a home party's protest with no
  recipient, in a sentence that refers back to the incident ("ঘটনার পর", "ঘটনার প্রতিবাদে"),
  protests against the foreign side whose attack was told before it, where
  `unnamed_recipient_is_home_state` made it Bangladesh -> Bangladesh.
"""
from __future__ import annotations

import pytest

from event_fixtures import record_of

KILLING = ("সীমান্তে বিএসএফের গুলিতে বাংলাদেশি যুবক নিহত। লালমনিরহাটের পাটগ্রাম সীমান্তে বিএসএফ সদস্যরা "
           "গুলি চালিয়ে এক বাংলাদেশি তরুণকে হত্যা করেছে। বিজিবির পাটগ্রাম ক্যাম্পের কমান্ডার বিষয়টি নিশ্চিত করেছেন। ")


def _protests(text: str) -> list:
    rec = record_of(text, "bn")
    return [(e.type, [a.country for a in e.actors], [r.country for r in e.recipients], [s["rule"] for s in e._explain])
            for e in rec.events if e.type == "PROTEST"]


@pytest.mark.parametrize("sentence", [
    "ঘটনার পর দুপুরে গ্রামবাসী রংপুর-বুড়িমারী সড়কে মানববন্ধন করেন।",
    "এদিকে ঘটনার প্রতিবাদে বুধবার দুপুরে সড়কে মানববন্ধন করেছেন স্থানীয় বাসিন্দারা।",
])
def test_a_protest_over_the_incident_aims_at_the_foreign_side_that_did_it(sentence):
    ((kind, actors, recipients, rules),) = _protests(KILLING + sentence)
    assert (kind, actors, recipients) == ("PROTEST", ["BGD"], ["IND"])
    assert "protest_over_an_incident_aims_at_its_doer" in rules


def test_a_protest_naming_no_incident_keeps_the_home_recipient():
    ((kind, actors, recipients, rules),) = _protests(KILLING + "দুপুরে গ্রামবাসী রংপুর-বুড়িমারী সড়কে মানববন্ধন করেন।")
    assert (kind, actors, recipients) == ("PROTEST", ["BGD"], ["BGD"])
    assert "protest_over_an_incident_aims_at_its_doer" not in rules


def test_a_protest_after_an_accident_is_no_protest_over_an_incident():
    """"দুর্ঘটনার পর" (after the accident) only ends like the incident noun (is_incident_word)."""
    text = KILLING + "দুর্ঘটনার পর দুপুরে গ্রামবাসী রংপুর-বুড়িমারী সড়কে মানববন্ধন করেন।"
    ((kind, actors, recipients, rules),) = _protests(text)
    assert recipients == ["BGD"] and "protest_over_an_incident_aims_at_its_doer" not in rules


def test_the_incident_noun_of_another_clause_does_not_aim_the_protest():
    """The incident is under investigation in one clause; teachers protest for pay in the next."""
    text = KILLING + "ওই ঘটনার তদন্ত চলছে, আর শিক্ষকরা বেতন বাড়ানোর দাবিতে ঢাকায় মানববন্ধন করেন।"
    ((kind, actors, recipients, rules),) = _protests(text)
    assert "protest_over_an_incident_aims_at_its_doer" not in rules
    assert recipients != ["IND"]
