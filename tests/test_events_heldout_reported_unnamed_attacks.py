"""Held-out cases (round 19, issue 9): an attack by someone unnamed ("miscreants", "unidentified
gunmen") that the reporter tells on a source's authority ("..., police said") is news, not the
source's charge: it stays an ASSAULT. Only an unnamed attack inside quotation marks is the
speaker's claim and is dropped (coder.unnamed_act_quoted; tests/test_events_heldout_bn_unnamed_attackers.py).
Sentences written for this test."""
from __future__ import annotations

import pytest

from test_events_heldout_any_attack import _types

REPORTED = [
    "Miscreants attacked the Jamaat office in Rajshahi on Friday night, police said.",
    "Miscreants attacked the NCP office in Feni on Tuesday evening, officials said.",
    "Miscreants attacked the Awami League office in Pabna early on Saturday, police said.",
    "Miscreants attacked the Jatiya Party office in Rangpur on Wednesday night, the party said.",
    "Miscreants attacked the BNP office in Sylhet before dawn on Monday, police said.",
    "Miscreants attacked the Gono Odhikar Parishad office in Barishal on Thursday, police said.",
]


@pytest.mark.parametrize("text", REPORTED, ids=range(len(REPORTED)))
def test_an_unnamed_attack_reported_on_a_source_stays_an_assault(text):
    assert "ASSAULT" in _types(text)
