"""Held-out cases (round 19, issue 9): who condemns, deplores, protests or voices concern over an
attack is not its attacker. "X condemned the arson attack on Y" coded an ASSAULT by X: the subject
of the comment verb was taken as the subject of the attack noun it governs. The rule
roles.commenter_is_not_the_actor leaves the act the actor of its own phrase ("Israel's attack"),
else none (and no event). The commenter's own ACCUSE stays. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

COMMENT_TYPES = ("ACCUSE", "PROTEST", "REQUEST", "REJECT")  # what a commenter may itself do

EN = [  # (sentence, the commenter as linked)
    ("The Dhaka Reporters Unity strongly condemned the brutal attack on three journalists in Savar on Sunday.",
     "Dhaka Reporters Unity"),
    ("Transparency International Bangladesh expressed deep concern over the attacks on minority homes in Rangpur.",
     "Transparency International"),
    ("Human Rights Watch deplored the violent attack on protesting students at Dhaka University.",
     "Human Rights Watch"),
    ("The European Union voiced concern about the killing of an opposition activist in Khulna.", "European Union"),
    ("BNP Secretary General Mirza Fakhrul Islam Alamgir expressed concern over the attacks on Prothom Alo and "
     "The Daily Star.", "Mirza Fakhrul Islam Alamgir"),
    ("The Editors' Council condemned the arson attack on the offices of two Dhaka dailies.", "Editors' Council"),
    ("“I condemn this cowardly attack on our workers in Bogura,” Jamaat-e-Islami ameer Shafiqur Rahman "
     "said in a statement.", "Shafiqur Rahman"),
]

BN = [
    ("ঢাকা রিপোর্টার্স ইউনিটি সাভারে তিন সাংবাদিকের ওপর হামলার তীব্র নিন্দা জানিয়েছে।", "Dhaka Reporters Unity"),
    ("হিউম্যান রাইটস ওয়াচ ঢাকা বিশ্ববিদ্যালয়ে শিক্ষার্থীদের ওপর হামলার কঠোর সমালোচনা করেছে।", "Human Rights Watch"),
    ("আইন ও সালিশ কেন্দ্র সিলেটে দলীয় কার্যালয়ে অগ্নিসংযোগের কড়া নিন্দা জানিয়েছে।", "Ain o Salish Kendra"),
    ("প্রধান উপদেষ্টা মুহাম্মদ ইউনূস দিনাজপুরে মন্দিরে হামলার তীব্র নিন্দা জানিয়েছেন।", "Muhammad Yunus"),
    ("সম্পাদক পরিষদ দুটি পত্রিকার কার্যালয়ে অগ্নিসংযোগের তীব্র নিন্দা জানিয়েছে।", "Editors' Council"),
    ("বিএনপি মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর চট্টগ্রামে দলীয় কর্মীদের ওপর হামলার গভীর উদ্বেগ প্রকাশ করেছেন।",
     "Mirza Fakhrul Islam Alamgir"),
]


def _events(text: str, lang: str) -> list:
    return record_of(text, lang).events


def _acts_of(events: list, name: str) -> list[str]:
    return [e.type for e in events if e.type not in COMMENT_TYPES and any(a.name == name for a in e.actors)]


@pytest.mark.parametrize("text,name", EN, ids=range(len(EN)))
def test_en_commenter_is_not_the_attacker(text, name):
    assert _acts_of(_events(text, "en"), name) == []


@pytest.mark.parametrize("text,name", BN, ids=range(len(BN)))
def test_bn_commenter_is_not_the_attacker(text, name):
    assert _acts_of(_events(text, "bn"), name) == []


def test_the_attack_keeps_its_own_attacker():
    """The commenter's ACCUSE stays, and a possessor of the attack noun still attacks."""
    events = _events("ইরান গাজায় ইসরায়েলের হামলার তীব্র নিন্দা জানিয়েছে।", "bn")
    assert ("ACCUSE", ["Iran"]) in [(e.type, [a.name for a in e.actors]) for e in events]
    assert _acts_of(events, "Iran") == []


def test_a_commented_attack_on_someone_named_has_an_unidentified_attacker():
    """E5: the attack the Editors' Council condemns was done by no one named: "unidentified"
    (no country) attacked Prothom Alo, and the Council's ACCUSE stays."""
    events = _events("সম্পাদক পরিষদ প্রথম আলো ও ডেইলি স্টারের কার্যালয়ে হামলার তীব্র নিন্দা জানিয়েছে।", "bn")
    coded = [(e.type, [(a.name, a.country) for a in e.actors], [a.name for a in e.recipients]) for e in events]
    assert ("ASSAULT", [("unidentified", None)], ["Prothom Alo"]) in coded
    assert "ACCUSE" in [t for t, _, _ in coded] and _acts_of(events, "Editors' Council") == []
