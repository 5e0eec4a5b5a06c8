"""Held-out cases (round 43, issue 9): killings and woundings told as "X-এর গুলিতে/হামলায় Y নিহত"
(Y was killed by X's fire / in X's attack). Only the possessor of the fire acts; the one killed or
wounded (the clause's subject, or a name between the noun and the harm word, or one named right
after it) is the recipient, and the names of the clause that follows the harm word ("নিহত হওয়ার
পর ... তলব" = after the killing ... summoned) are no party to the shooting. And a short form in
brackets after a common noun in the genitive ("সীমান্তরক্ষীদের (বিএসএফ) গুলিতে", by the border
guards' (BSF) fire) carries that genitive. Before the fix the border guards' short form was read as
the one fired on and the farmer as the shooter (writtendev w38), and an Indian High Commission
summoned after a shooting was taken for its victim (writtendev w40). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import HOME_LEADS, candidates_of_type, events_of_type, record_of
from khobor.events.explain import explain

LEAD = HOME_LEADS["bn"]

BRACKETED_SHOOTERS = [
    "সীমান্তে করিম মিয়া নামের এক কৃষক ভারতীয় সীমান্তরক্ষীদের (বিএসএফ) গুলিতে নিহত হয়েছেন।",
    # still failing: the nationality before the noun phrase reads as the subject and its phrase
    # ends on the genitive, so the bracket is not read as that phrase's short form
    pytest.param("গতকাল ভোরে এক যুবক ভারতীয় সীমান্তরক্ষী বাহিনীর (বিএসএফ) গুলিতে আহত হয়েছেন।",
                 marks=pytest.mark.xfail(strict=True, reason="nationality over a genitive phrase")),
]


@pytest.mark.parametrize("text", BRACKETED_SHOOTERS, ids=range(len(BRACKETED_SHOOTERS)))
def test_the_bracketed_force_fired(text):
    (ev,) = events_of_type(LEAD + text, "bn", "ASSAULT")
    assert [a.country for a in ev.actors] == ["IND"]
    assert "IND" not in {a.country for a in ev.recipients}


SUMMONED_AFTER = [
    "সীমান্তে বিএসএফ সদস্যদের ছোড়া গুলিতে এক কিশোর নিহত হওয়ার পর ঢাকায় ভারতীয় হাইকমিশনের কর্মকর্তাকে তলব করা হয়।",
    "সীমান্তে বিএসএফের গুলিতে দুই কৃষক আহত হওয়ার পর ভারতীয় হাইকমিশনারকে তলব করে ঢাকা।",
]


@pytest.mark.parametrize("text", SUMMONED_AFTER, ids=range(len(SUMMONED_AFTER)))
def test_who_is_summoned_after_a_shooting_was_not_shot(text):
    shots = candidates_of_type(LEAD + text, "bn", "ASSAULT")
    assert shots and all("IND" in {a.country for a in e.actors} for e in shots)
    assert all("IND" not in {a.country for a in e.recipients} for e in shots)


VICTIM_BETWEEN = [
    ("রাশিয়ার হামলায় ইউক্রেনের তিন সেনা নিহত হয়েছেন।", "RUS", "UKR"),
    ("ইসরায়েলের বিমান হামলায় লেবাননের পাঁচ নাগরিক নিহত হয়েছেন।", "ISR", "LBN"),
]


@pytest.mark.parametrize("text, actor, victim", VICTIM_BETWEEN, ids=range(len(VICTIM_BETWEEN)))
def test_the_owner_of_those_killed_is_the_recipient(text, actor, victim):
    (ev,) = candidates_of_type(text, "bn", "ASSAULT")
    assert [a.country for a in ev.actors] == [actor]
    assert [a.country for a in ev.recipients] == [victim]
    assert "harmed_by_the_act" in explain(record_of(text, "bn")) or not record_of(text, "bn").events


def test_an_attack_with_no_harm_word_is_read_as_before():
    """No harm word after the noun: the rule keeps out ("ইসরায়েলের হামলার নিন্দা জানিয়েছে তুরস্ক")."""
    text = "গাজায় ইসরায়েলের হামলার তীব্র নিন্দা জানিয়েছে তুরস্ক।"
    assert "harmed_by_the_act" not in explain(record_of(text, "bn"))


# "X হামলার শিকার হয়েছেন" (X fell victim to an attack) with no possessor of the attack: someone
# unnamed attacked X (GUIDELINES E5: actor "unidentified"), as an agentless passive tells it
FELL_VICTIM = [
    "আওয়ামী লীগ নেতারা হামলার শিকার হয়েছেন।",
    "বগুড়ায় হামলার শিকার হয়েছেন বিএনপি নেতা আব্দুল করিম।",
]


@pytest.mark.parametrize("text", FELL_VICTIM, ids=range(len(FELL_VICTIM)))
def test_a_victim_of_an_unowned_attack_was_attacked_by_someone_unnamed(text):
    (ev,) = candidates_of_type(text, "bn", "ASSAULT")
    assert [a.name for a in ev.actors] == ["unidentified"]
    assert [a.country for a in ev.recipients] == ["BGD"]
