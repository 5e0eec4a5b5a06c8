"""Round 34 (issue 9, Bengali event precision): whom a home party's meeting, demand or protest is
aimed at when its sentence sets it between two sides. Sentences written for this test.

- `counterpart_of_a_two_sided_act` (events/defaults.py): a home party's REQUEST, CONSULT, PROTEST
  or ACCUSE with no recipient named, in a sentence with a phrase of `counterpart_cues` ("দুই
  বাহিনীর" = of the two forces, "পতাকা বৈঠক" = a flag meeting, "সীমান্ত হত্যা" = a border killing),
  acts on the one foreign country the article's earlier events set against the home country, where
  `unnamed_recipient_is_home_state` made it Bangladesh -> Bangladesh.
"""
from __future__ import annotations

import pytest

from event_fixtures import record_of

KILLING = ("সীমান্তে বিএসএফের গুলিতে বাংলাদেশি যুবক নিহত। লালমনিরহাটের পাটগ্রাম সীমান্তে বিএসএফ সদস্যরা "
           "গুলি চালিয়ে এক বাংলাদেশি তরুণকে হত্যা করেছে। ")
RULE = "counterpart_of_a_two_sided_act"


def _acts(text: str, kind: str) -> list:
    rec = record_of(text, "bn")
    return [(sorted({a.country for a in e.actors}), [r.country for r in e.recipients], [s["rule"] for s in e._explain])
            for e in rec.events if e.type == kind]


@pytest.mark.parametrize("sentence, kind", [
    ("বিকেলে দুই বাহিনীর কর্মকর্তারা বৈঠকে বসবেন।", "CONSULT"),
    ("এদিকে সীমান্ত হত্যার প্রতিবাদে দুপুরে সড়কে মানববন্ধন করেন স্থানীয় বাসিন্দারা।", "PROTEST"),
])
def test_a_two_sided_act_after_a_cross_border_incident_aims_at_the_counterpart(sentence, kind):
    ((actors, recipients, rules),) = _acts(KILLING + sentence, kind)
    assert (actors, recipients) == (["BGD"], ["IND"])
    assert RULE in rules


def test_an_act_with_no_two_sided_phrase_keeps_the_home_recipient():
    ((actors, recipients, rules),) = _acts(KILLING + "দুপুরে সড়কে মানববন্ধন করেন স্থানীয় বাসিন্দারা।", "PROTEST")
    assert (actors, recipients) == (["BGD"], ["BGD"])
    assert RULE not in rules


def test_a_two_sided_phrase_with_no_foreign_counterpart_before_keeps_the_home_recipient():
    """No earlier event sets a foreign country against Bangladesh: no counterpart to aim at."""
    text = "ঢাকায় বিএনপির নেতারা সমাবেশ করেছেন। এদিকে সীমান্ত হত্যার প্রতিবাদে দুপুরে সড়কে মানববন্ধন করেন স্থানীয় বাসিন্দারা।"
    for actors, recipients, rules in _acts(text, "PROTEST"):
        assert recipients == ["BGD"] and RULE not in rules
