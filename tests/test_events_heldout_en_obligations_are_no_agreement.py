"""Held-out cases (round 24b, issue 9): what a party "has to" or "had to" accept, agree to or be
ready for is what someone else demands of it, not an agreement it gave (the demand is the
speaker's; "must" already codes none). The written set had "Kyiv had to accept 'the realities on
the ground'" as Ukraine AGREE. An agreement told as done stays. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type, record_of

OBLIGATIONS = [
    "Peskov said Ukraine had to accept the new territorial realities before any ceasefire.",
    "The Jamaat ameer said the BNP has to accept proportional representation for the upper house.",
    "Lavrov said Kyiv had to agree to neutrality before talks could resume.",
    "Israel's defence minister said Hamas had to accept the US ceasefire plan or face more strikes.",
    "The Chinese envoy said Myanmar has to agree to a timeline for the return of Rohingya refugees.",
    "Trump said Zelensky had to be ready to give up Crimea.",
]
AGREEMENTS = [
    "Russia agreed to a 30-day ceasefire with Ukraine on Tuesday.",
    "Bangladesh is ready to accept the US proposal, the commerce adviser said.",
]


@pytest.mark.parametrize("text", OBLIGATIONS, ids=range(len(OBLIGATIONS)))
def test_an_obligation_is_no_agreement(text):
    assert [e.trigger.text for e in events_of_type(text, "en", "AGREE")] == []


@pytest.mark.parametrize("text", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_an_agreement_stays(text):
    assert "AGREE" in [e.type for e in record_of(text, "en").events]
