"""Held-out cases (round 28, issue 9, ev28b): roles that Bengali grammar decides. A victim after
"হয়ে" (having been ...) is acted on, not the actor (events.yaml passive_after); a name before a
postposition (প্রতি, "to") is the one addressed, and the title after the postposition is another
name's (mentions.MentionReader._postposition_at); a market in the locative is where, not whom
(roles.place_is_where); a sending's locative is where to, and the state sent from acts
(RoleContext.place_agent, events.yaml sending_verbs); a town named after a claim is not who claimed
it (coder._Article.parties_before); "রাফাহর" is Rafah's (the genitive "-র" after "-াহ").
Sentences written for this test, in neither training/ nor the gold."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of_type


def test_the_one_shot_after_hoye_is_no_attacker():
    found = candidates_of_type("গুলিবিদ্ধ হয়ে মির্জা আব্বাস রাস্তায় লুটিয়ে পড়েন।", "bn", "ASSAULT")
    assert found and all("Mirza Abbas" not in [a.name for a in e.actors] for e in found)
    assert all("Mirza Abbas" in [a.name for a in e.recipients] for e in found)


ONE_ACTOR = [
    # a name before প্রতি is addressed, not the actor
    ("সংলাপে যোগ দিতে জামায়াতের প্রতি প্রধান উপদেষ্টার আহ্বান", "REQUEST", "Bangladesh Jamaat-e-Islami",
     "Muhammad Yunus"),
    # roles.RoleContext.place_agent with sending_verbs: the locative of a sending is where to, the
    # state sent from acts
    ("গত সপ্তাহে অন্তত ২০ জনকে মিয়ানমার থেকে বাংলাদেশে ঠেলে পাঠানো হয়েছে।", "COERCE", "Bangladesh", "Myanmar"),
]


@pytest.mark.parametrize("text, etype, not_actor, actor", ONE_ACTOR, ids=range(len(ONE_ACTOR)))
def test_grammar_names_the_one_actor(text, etype, not_actor, actor):
    found = candidates_of_type(text, "bn", etype)
    assert found
    for e in found:
        assert not_actor not in [a.name for a in e.actors]
        assert [a.name for a in e.actors] == [actor]


def test_a_market_in_the_locative_is_where_not_whom():
    # roles.place_is_where: a LOC in the locative is no recipient
    found = candidates_of_type("কারওয়ান বাজারে হামলা চালিয়েছে দুর্বৃত্তরা।", "bn", "ASSAULT")
    assert all("Karwan Bazar" not in [a.name for a in e.recipients] for e in found)


def test_a_town_named_after_a_claim_is_no_claimant():
    # coder._Article.parties_before: a town is no party, so claimant_answered reaches the claimant
    text = ("বিএসএফ দাবি করেছে, চোরাকারবারিরা শিলিগুড়িতে তাদের টহল দলের ওপর হামলা চালায়। "
            "বিজিবি এই দাবি প্রত্যাখ্যান করেছে।")
    found = candidates_of_type(text, "bn", "REJECT")
    assert found and all([a.name for a in e.recipients] == ["Border Security Force"] for e in found)


def test_a_name_ending_in_ah_takes_the_genitive_r():
    # events.yaml markers: "-র" after a final "-াহ" is the genitive: Rafah's school, Rafah fires at no one
    found = candidates_of_type("রাফাহর একটি স্কুলের সামনে গুলি ছোড়া হয়।", "bn", "ASSAULT")
    assert all("Rafah" not in [a.name for a in e.actors] for e in found)
