"""Held-out cases (round 46, issue 9): talks of one named party with a group told by a common
noun that names other parties ("রাজনৈতিক দলগুলোর সঙ্গে" = with the political parties, "শরিকদের
সঙ্গে" = with the allies) are a meeting of that party with them, people of the article's country
(met_group_of_the_home_country); they were lost for want of a second named party (dev: the
election commission's dialogues with the parties, a party's talks with its allies). Talks with the
press stay none, and so do talks with one's own party's leaders. Sentences written for this test."""
from __future__ import annotations

from event_fixtures import events_after_home_lead


def _consult(sentence: str) -> list:
    return [ev for ev in events_after_home_lead("bn", sentence) if ev.type == "CONSULT"]


def test_the_commission_holds_a_dialogue_with_the_parties():
    found = _consult("আগামী সপ্তাহে নিবন্ধিত রাজনৈতিক দলগুলোর সঙ্গে সংলাপে বসবে নির্বাচন কমিশন।")
    assert any({a.country for a in ev.actors + ev.recipients} == {"BGD"} and len(ev.actors) == 1
               for ev in found)


def test_a_party_meets_its_allies():
    found = _consult("আসন ভাগাভাগি নিয়ে শরিকদের সঙ্গে দ্বিতীয় দফা বৈঠক করেছে বিএনপি।")
    assert any("Bangladesh Nationalist Party" in {a.name for a in ev.actors} for ev in found)


def test_talking_to_reporters_is_no_meeting():
    assert _consult("বৈঠক শেষে সাংবাদিকদের সঙ্গে কথা বলেন বিএনপির মহাসচিব।") == []


def test_meeting_ones_own_leaders_is_no_meeting():
    assert _consult("সোমবার দলের নেতাদের সঙ্গে বৈঠক করেছেন বিএনপির মহাসচিব।") == []
