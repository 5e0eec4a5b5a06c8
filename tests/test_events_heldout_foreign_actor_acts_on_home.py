"""Held-out cases (round 26, issue 9): in an article about one country, a foreign party that acts
with no recipient named acts on that (home) country, never on its own state. Before the fix
`unnamed_recipient_is_home_state` gave the actors' own country: "BSF members opened fire near the
border" in a Bangladeshi report came out India -> India, and a foreign state's pledge had no
recipient at all. The first sentence of each case sets the article's home country (Bangladesh).
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead

CASES = [  # (language, the sentence after the lead, type, the foreign actor's country)
    ("bn", "ভোররাতে বিএসএফ সদস্যরা সীমান্তের কাছে গুলি ছোড়েন।", "ASSAULT", "IND"),
    ("bn", "সোমবার রাতে কাঁটাতারের কাছে বিএসএফ গুলি চালায়।", "ASSAULT", "IND"),
    ("en", "India's Border Security Force opened fire near the frontier, killing a farmer.", "ASSAULT", "IND"),
    ("en", "India's Border Security Force shot dead a teenager near the border fence.", "ASSAULT", "IND"),
    ("en", "Japan promised to fund a new bridge over the river.", "AGREE", "JPN"),
    ("en", "China pledged to support the upcoming election.", "AGREE", "CHN"),
    ("en", "The United States pledged to support the upcoming election.", "AGREE", "USA"),
]


@pytest.mark.parametrize("lang, sentence, etype, country", CASES, ids=range(len(CASES)))
def test_a_foreign_actor_acts_on_the_home_country(lang, sentence, etype, country):
    events = events_after_home_lead(lang, sentence)
    assert [(e.type, [a.country for a in e.actors], [r.country for r in e.recipients]) for e in events] == [
        (etype, [country], ["BGD"])]


def test_a_home_actor_still_acts_on_its_own_country():
    """The domestic default stays: Bangladeshi police detaining people act on Bangladesh."""
    events = events_after_home_lead("en", "Police detained seven people in Rangpur on Sunday.")
    assert [(e.type, [r.country for r in e.recipients]) for e in events] == [("COERCE", ["BGD"])]
