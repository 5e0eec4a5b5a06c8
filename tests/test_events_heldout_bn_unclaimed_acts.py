"""Held-out cases (round 25, issue 9): a Bengali hostile act told only as claimed, with no
claimant named ("... গ্রেপ্তার করা হয়েছে বলে দাবি করা হয়েছিল", it had been claimed that ... was
arrested; "... হামলা চালানো হয়েছে বলে অভিযোগ করা হয়"), is no event: nobody vouches for the act
and nobody makes the accusation. It used to be kept as a "possible" act of whoever the sentence
named (governing.unclaimed_act). A named claimant keeps the claim its accusation. Sentences
written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept

UNCLAIMED = [
    "সীমান্ত এলাকায় ভারতের পুলিশ দুই বাংলাদেশিকে গ্রেপ্তার করেছে বলে দাবি করা হয়েছিল।",
    "মিয়ানমারের সেনারা রোহিঙ্গাদের গ্রামে হামলা চালিয়েছে বলে দাবি করা হয়েছে।",
    "পাকিস্তানের বাহিনী সীমান্তে গুলি চালিয়েছে বলে অভিযোগ করা হয়েছে।",
    "ভারতের বিএসএফ তিন বাংলাদেশিকে আটক করেছে বলে দাবি করা হচ্ছে।",
    "ভারতের পুলিশ সীমান্তে দুই বাংলাদেশি কৃষককে মারধর করেছে বলে অভিযোগ করা হয়েছে।",
    "মিয়ানমারের সেনাবাহিনী আরাকান আর্মির ঘাঁটিতে বোমা হামলা চালিয়েছে বলে দাবি করা হয়।",
    "পাকিস্তানের সেনারা বেলুচিস্তানে বিক্ষোভকারীদের ওপর গুলি চালিয়েছে বলে দাবি করা হচ্ছে।",
]
CLAIMED = [
    "ভারতের বিএসএফ তিন বাংলাদেশিকে আটক করেছে বলে অভিযোগ করেছে বিজিবি।",
    "মিয়ানমারের সেনারা রোহিঙ্গাদের গ্রামে হামলা চালিয়েছে বলে দাবি করেছে জাতিসংঘ।",
]
HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST", "ACCUSE"}


def _hostile(text: str) -> list:
    return proposed_or_kept(text, "bn", HOSTILE)


@pytest.mark.parametrize("text", UNCLAIMED, ids=range(len(UNCLAIMED)))
def test_an_act_claimed_by_no_one_is_no_event(text):
    assert _hostile(text) == []


@pytest.mark.parametrize("text", CLAIMED, ids=range(len(CLAIMED)))
def test_a_named_claimant_keeps_the_accusation(text):
    assert [e.type for e in _hostile(text)] and all(e.type == "ACCUSE" for e in _hostile(text))
