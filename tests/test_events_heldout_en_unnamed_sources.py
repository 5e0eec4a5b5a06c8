"""Held-out cases (round 25, issue 9): a source's wish to stay unnamed ("asked not to be named",
"asked that he not be identified", "asked for anonymity") is the reporter's sourcing, not a
REQUEST of the source's party (PLOVER REQUEST asks a party for an act). Wire news carries it in
nearly every story with an unnamed official. A party asking another for an act stays a REQUEST.
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept

SOURCING = [
    "A Jamaat leader asked not to be named because he was not authorised to speak to the media.",
    "A senior Bangladesh Army officer asked not to be quoted because he was not authorised to speak.",
    "The NCP member asked not to be named as the party's talks with Jamaat were continuing.",
    "A Bangladesh Bank official asked not to be named because he was not allowed to brief reporters.",
    "An Indian official asked that he not be named because the talks with Dhaka were sensitive.",
    "A police officer in Dhaka asked for anonymity because the BNP case was under investigation.",
]
REQUESTS = [
    "The BNP asked the Election Commission to postpone the vote.",
    "Jamaat asked the government to lift the ban on its student wing.",
]


def _requests(text: str) -> list:
    return proposed_or_kept(text, "en", {"REQUEST"})


@pytest.mark.parametrize("text", SOURCING, ids=range(len(SOURCING)))
def test_a_source_staying_unnamed_is_no_request(text):
    assert _requests(text) == []


@pytest.mark.parametrize("text", REQUESTS, ids=range(len(REQUESTS)))
def test_a_party_asking_for_an_act_stays_a_request(text):
    assert _requests(text) != []
