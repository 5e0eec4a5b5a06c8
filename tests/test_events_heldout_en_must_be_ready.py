"""Held-out cases (round 25, issue 9): what a party "must" or "should" be ready or willing to do
("Bangladesh must be ready to cut tariffs", "India should be willing to share the water") is
another's demand or advice, not a pledge the party gave: no AGREE, as "has to be ready" already
was not. A party that says it is ready or willing stays an AGREE. Sentences written for this
test."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept

ADVISED = [
    "Bangladesh must be ready to cut tariffs on American cotton, the adviser said.",
    "India should be willing to share the Teesta water with Bangladesh, Fakhrul said.",
    "Jamaat must be ready to sit with the BNP on seat sharing, the NCP leader said.",
    "Pakistan should be ready to talk to India about the dam, the envoy said.",
    "Dhaka must be willing to take back the Rohingya refugees, Myanmar said.",
    "The government should be ready to hold talks with the BNP, the NCP said.",
]
PLEDGED = [
    "Bangladesh is ready to buy wheat from the United States, the adviser said.",
    "The BNP said it was willing to join talks with the Election Commission.",
]


def _agreements(text: str) -> list:
    return proposed_or_kept(text, "en", {"AGREE"})


@pytest.mark.parametrize("text", ADVISED, ids=range(len(ADVISED)))
def test_what_a_party_must_be_ready_for_is_no_pledge(text):
    assert _agreements(text) == []


@pytest.mark.parametrize("text", PLEDGED, ids=range(len(PLEDGED)))
def test_a_party_ready_or_willing_stays_a_pledge(text):
    assert _agreements(text) != []
