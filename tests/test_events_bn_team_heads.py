"""A team of a body named in the genitive ("পুলিশের একটি দল") stands for the body, and an event
told twice in one sentence, on a learned trigger head and on a hand-lexicon trigger, is named by
the hand trigger (coder.hand_trigger_over_learned). The sentences are written for the tests."""
from __future__ import annotations

from khobor import lang
from khobor.events import extraction as events

from test_events import make


def _candidates(text: str, names: list[tuple[str, str, str]]):
    rec = make(text, "bn", names)
    return events.candidates(rec, lang.load("bn"))


def test_a_team_of_the_party_acts_for_it_and_the_arrest_names_the_event():
    # "A team of BNP men raided the village at night and detained two traders"
    found = _candidates("বিএনপির একটি দল রাতে গ্রামে অভিযান চালিয়ে দুই ব্যবসায়ীকে আটক করে।",
                        [("বিএনপির", "bnp", "ORG")])
    coerce = [e for e in found if e.type == "COERCE"]
    assert len(coerce) == 1, [(e.type, e.trigger.text) for e in found]
    assert coerce[0].actors[0].name == "Bangladesh Nationalist Party"
    assert coerce[0].trigger.text.startswith("আটক")


def test_the_team_word_alone_is_no_head():
    # "The BNP's party office was attacked": দলীয় (of the party) is no team, so the BNP stays a
    # genitive owner of the office, not a subject
    found = _candidates("বিএনপির দলীয় কার্যালয়ে হামলা চালানো হয়েছে।", [("বিএনপির", "bnp", "ORG")])
    assert not [e for e in found if e.actors and e.actors[0].name == "Bangladesh Nationalist Party"]


def test_the_partys_people_act_for_it():
    # "At night the BNP's men attacked a shopkeeper in the market"
    found = _candidates("রাতে বিএনপির লোকজন বাজারে এক দোকানির ওপর হামলা চালায়।",
                        [("বিএনপির", "bnp", "ORG")])
    assault = [e for e in found if e.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].actors[0].name == "Bangladesh Nationalist Party"
