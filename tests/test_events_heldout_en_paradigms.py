"""Held-out English sentences (round 44, issue 9) for acts the real dev misses had no trigger for,
added by paradigm (every inflected form, active and passive where the gold tells both): a case
filed with the police or a court (ACCUSE, mode allege, as a lawsuit), an alert issued or security
stepped up, tightened or cordoned by a named force (MOBILIZE), arms, drugs or cash recovered
(COERCE seize; passive too, as the home state's), a party scolded or objections raised (ACCUSE), a
leader's work appreciated (SUPPORT). Each sentence runs through the whole pipeline at the shipped
classifier threshold. The negatives use the same words for no event: a case named, not filed; a
body recovered; an alert of a bank or the weather; a filing instructed, not yet done. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept, record_of_dateline_file

CODED = [
    ("The BNP filed a case with Ramna Police Station against 20 people on Monday.", "ACCUSE"),
    ("Abdul Karim, the victim's father, filed a murder case with Savar Police Station on Tuesday.", "ACCUSE"),
    ("The Border Guard Bangladesh issued the highest alert along the border on Sunday.", "MOBILIZE"),
    ("RAB has stepped up security in the capital ahead of the rally.", "MOBILIZE"),
    ("RAB members formed security cordons around the venue on Sunday.", "MOBILIZE"),
    ("Police recovered 12 firearms and 200 bullets from the house in Gazipur.", "COERCE"),
    ("Police have recovered Tk 50,000 in cash from the house of the accused.", "COERCE"),
    ("The NCP leader scolded the BNP for its silence on Sunday.", "ACCUSE"),
    ("Thirty NCP leaders have raised objections over the proposed alliance with the BNP.", "ACCUSE"),
    ("The US ambassador appreciated the leadership of the chief adviser on Monday.", "SUPPORT"),
]

NOT_CODED = [
    ("He was accused no 1 in the case filed over the attack on the BNP office.", {"ACCUSE"}),
    ("Police recovered the body of the schoolboy from a pond on Sunday.", {"COERCE"}),
    ("The Bangladesh Bank issued an alert to banks about fraud on Sunday.", {"MOBILIZE"}),
    ("The Bangladesh Meteorological Department issued a heavy rainfall alert for Chattogram.", {"MOBILIZE"}),
    ("The Met Office issued its highest alert for a cyclone in the coastal districts on Sunday.", {"MOBILIZE"}),
    ("The government recovered the cost of the equipment from the contractor.", {"COERCE"}),
    # an act instructed is not yet done (suppress_before)
    ("The CEC said law enforcers had been instructed to file cases against anyone vandalising offices.", {"ACCUSE"}),
]


@pytest.mark.parametrize("sentence,etype", CODED, ids=range(len(CODED)))
def test_a_paradigm_the_lexicon_lacked_is_coded(tmp_path, sentence, etype):
    rec = record_of_dateline_file(tmp_path, "Parties and the street", sentence)
    assert etype in [ev.type for ev in rec.events], [(ev.type, ev.trigger.text, ev.confidence) for ev in rec.events]


@pytest.mark.parametrize("sentence,types", NOT_CODED, ids=range(len(NOT_CODED)))
def test_the_same_words_for_no_act_code_nothing(sentence, types):
    assert [(ev.type, ev.trigger.text) for ev in proposed_or_kept(sentence, "en", types)] == []
