"""Bengali false events of round 42 (issue 9), counted by cause on dev: a death sentence ordered
read as an arrest (COERCE, must-not twice on dev), sympathy with a bereaved family read as
SUPPORT (must-not), people gathering read as MOBILIZE (must-not), the participle naming parties
that walked out read as SANCTION (must-not), and a family's or a person's applications read as
REQUEST. The death sentence is a hand trigger (events.yaml, SANCTION, GUIDELINES E4) and the
others, but the applications, non-events (events.yaml `non_events`). The applications are the
classifier's to weigh: training/events/heldout/bn/bnw20-01.jsonl holds written rows for them, kept
out of the shipped weights (round 42's build with them lost recall on every yardstick at the
threshold the halves rule chose: lang/bn/events_classifier.md), so the grant below stays a strict
xfail until a retrain ships with them. The sentences here are written for these tests (none is in
training/)."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type
from test_events import code, make, one

SENTENCES_ORDERED = [
    "খুলনায় এক দোকানি হত্যা মামলায় দুই আসামিকে ফাঁসির আদেশ দিয়েছেন আদালত।",
    "শিশু অপহরণ ও হত্যার দায়ে তিন আসামির মৃত্যুদণ্ড কার্যকরের আদেশ দিয়েছেন বিচারক।",
]
APPLICATIONS = [
    pytest.param("দাফনের খরচের জন্য জেলা প্রশাসনের কাছে আর্থিক সহায়তার আবেদন করেছে পরিবারটি।",
                 marks=pytest.mark.xfail(strict=True, reason="the shipped weights score a family's application a "
                                                             "REQUEST (p .97); bnw20 held out for the next retrain")),
    "আগামী সপ্তাহে আবার পাসপোর্টের আবেদন করবেন বলে জানান তিনি।",
]


@pytest.mark.parametrize("text", SENTENCES_ORDERED, ids=range(len(SENTENCES_ORDERED)))
def test_a_death_sentence_ordered_is_a_sanction_not_an_arrest(text):
    assert events_of_type(text, "bn", "COERCE") == []
    assert events_of_type(text, "bn", "SANCTION")


def test_an_arrest_ordered_by_a_court_stays_coercion():
    # "The court ordered the arrest of the absconding accused"
    assert events_of_type("পলাতক আসামিদের গ্রেপ্তারের আদেশ দিয়েছেন আদালত।", "bn", "COERCE")


@pytest.mark.parametrize("text", APPLICATIONS, ids=range(len(APPLICATIONS)))
def test_an_application_for_a_grant_or_a_passport_is_no_request(text):
    assert events_of_type(text, "bn", "REQUEST") == []


def test_standing_by_a_bereaved_family_is_no_support():
    # "Expressing grief, the BNP said it would stand by his family"
    rec = code(make("শোক জানিয়ে বিএনপি তাঁর পরিবারের পাশে থাকার কথা বলেছে।", "bn", [("বিএনপি", "bnp", "ORG")]))
    assert not [e for e in rec.events if e.type == "SUPPORT"]


def test_standing_by_a_party_is_still_support():
    # "The BNP will stand by the Awami League": backing of a party, not sympathy
    rec = code(make("বিএনপি আওয়ামী লীগের পাশে থাকবে।", "bn",
                    [("বিএনপি", "bnp", "ORG"), ("আওয়ামী লীগের", "awami", "ORG")]))
    assert one(rec, "SUPPORT")


def test_activists_gathering_mobilise_no_force():
    # "From the morning the BNP's activists kept gathering at the park"
    rec = code(make("সকাল থেকেই বিএনপির নেতাকর্মীরা উদ্যানে জড়ো হতে থাকেন।", "bn", [("বিএনপির", "bnp", "ORG")]))
    assert not [e for e in rec.events if e.type == "MOBILIZE"]


def test_troops_massed_are_still_a_mobilisation():
    # "Myanmar's army has massed new troops across the border, the BGB says": the non-event is
    # the intransitive "জড়ো হ*" alone; the transitive "জড়ো করেছে" keeps its MOBILIZE
    assert events_of_type("সীমান্তের ওপারে নতুন করে সৈন্য জড়ো করেছে মিয়ানমার সেনাবাহিনী, জানিয়েছে বিজিবি।",
                          "bn", "MOBILIZE")


def test_the_parties_that_walked_out_are_sanctioned_by_no_one():
    # "The secretary general of one of the parties that walked out said the BNP heard them out"
    rec = code(make("বেরিয়ে যাওয়া দলগুলোর একটির মহাসচিব বলেন, বিএনপি তাদের কথা শুনেছে।", "bn",
                    [("বিএনপি", "bnp", "ORG")]))
    assert not [e for e in rec.events if e.type == "SANCTION"]
