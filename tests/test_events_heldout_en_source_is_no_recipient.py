"""Held-out cases (round 25, issue 9): an English source named after "according to" (a news
agency's witness, a rights group, officials) is where the report comes from, not the party an act
is directed at. markers.preposition_phrases reads "according to" as one preposition ("source"),
which no frame fills; the plain "to" gave the name the dative and made it the recipient
("protesters threw stones ... according to a Reuters witness": PROTEST against Reuters).
A plain "to" still marks the recipient ("sent aid to Nepal").

Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

# (sentence, event type, the source that must not be the recipient)
SOURCES = [
    ("Demonstrators threw stones at riot police outside the parliament, according to an AFP photographer.",
     "PROTEST", "AFP"),
    ("Some students threw rocks at the vehicles, according to a Reuters witness.", "PROTEST", "Reuters"),
    ("The United States imposed new sanctions on Iran, according to the BBC.", "SANCTION", "BBC"),
    ("The European Union imposed fresh sanctions on Belarus, according to the Financial Times.",
     "SANCTION", "Financial Times"),
    ("Turkey imposed a trade ban on Israel, according to the Anadolu news agency.", "COERCE", "Anadolu"),
    ("India sent relief supplies, according to the Hindustan Times.", "AID", "Hindustan Times"),
    ("Houthi fighters fired two missiles at a cargo ship, according to the British military agency UKMTO.",
     "ASSAULT", "United Kingdom"),
    ("India and Nepal reached an understanding on the power trade, according to the Kathmandu Post.",
     "AGREE", "Kathmandu Post"),
]


def _named(actors) -> set[str]:
    return {a.name for a in actors} | {a.country or "" for a in actors}


@pytest.mark.parametrize("text,etype,source", SOURCES, ids=range(len(SOURCES)))
def test_a_source_after_according_to_is_no_recipient(text, etype, source):
    events = events_of_type(text, "en", etype)
    assert events
    for ev in events:
        names = " ".join(sorted(_named(ev.recipients)))
        assert source not in names and not any(source in (a.name or "") for a in ev.recipients)


def test_a_plain_to_still_marks_the_recipient():
    (ev,) = events_of_type("Japan sent emergency aid to Nepal after the earthquake.", "en", "AID")
    assert {a.country for a in ev.recipients} == {"NPL"}
