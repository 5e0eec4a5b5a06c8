"""Bengali events whose actor is a group noun, not a name (round 41, ev41bn): the generic agents
of lang/bn/agents.yaml as the role rules read them. The sentences are written for the tests."""
from __future__ import annotations

from khobor import lang
from khobor.events.agents import AgentLexicon
from khobor.record import Actor
from test_events import A, code, make, one
from test_events_roles import steps


def _agents(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], a.name) for s, e, a in AgentLexicon.from_pack(lang.load("bn")).find(text)]


def test_a_hyphened_compound_of_agent_words_names_the_agent_of_its_last_word():
    # "students and the public formed a human chain": one agent, its -রা ending outside the span
    assert _agents("ছাত্র-জনতা মানববন্ধন করেছে।") == [("ছাত্র-জনতা", "residents")]
    assert _agents("কর্মকর্তা-কর্মচারীরা বিক্ষোভ করেন।") == [("কর্মকর্তা-কর্মচারী", "workers")]


def test_a_hyphened_compound_with_a_part_that_is_no_agent_word_is_no_agent():
    # "Dhaka-Sylhet highway": a town is no agent, so the compound is none
    assert _agents("ঢাকা-সিলেট মহাসড়কে যান চলাচল বন্ধ।") == []


def test_a_hyphened_group_after_the_verb_is_its_subject():
    # "students and the public formed a human chain in the town in the afternoon"
    rec = code(make("বিকেলে শহরে মানববন্ধন করেছে ছাত্র-জনতা।", "bn", []))
    ev = one(rec, "PROTEST")
    assert [(a.name, a.country) for a in ev.actors] == [("residents", "BGD")]


def test_an_agent_word_ending_like_a_genitive_is_the_subject():
    # "the government cancelled the licences of 71 companies": সরকার ends in -ার, no genitive
    rec = code(make("সরকার ৭১টি প্রতিষ্ঠানের লাইসেন্স বাতিল করেছে।", "bn", []))
    ev = [e for e in rec.events if e.trigger.text.startswith("বাতিল")]
    assert ev and [a.name for a in ev[0].actors] == ["government"]
    assert ("subject_before_verb", "actor = সরকার") in steps(ev[0], "role")


def test_the_genitive_of_an_agent_word_stays_a_genitive():
    # "in front of the government's office the students protested": its owner, no subject
    rec = code(make("সরকারের কার্যালয়ের সামনে শিক্ষার্থীরা বিক্ষোভ করেছে।", "bn", []))
    ev = one(rec, "PROTEST")
    assert [a.name for a in ev.actors] == ["students"]


def test_taking_to_the_streets_is_a_verb_whose_subject_protests():
    # "then the people took to the streets": জনতা is the subject, not the patient of a bare noun
    rec = code(make("তখন জনতা রাস্তায় নেমেছে।", "bn", []))
    ev = one(rec, "PROTEST")
    assert [a.name for a in ev.actors] == ["residents"]
    assert ("subject_before_verb", "actor = জনতা") in steps(ev, "role")


def test_a_revoked_certificate_is_a_sanction_on_its_holders():
    # "the government revoked the certificates of 71 fake veterans": no refusal of an offer
    rec = code(make("সরকার ৭১ জন ভুয়া মুক্তিযোদ্ধার সনদ বাতিল করেছে।", "bn", []))
    ev = one(rec, "SANCTION")
    assert [a.name for a in ev.actors] == ["government"]
    assert not [e for e in rec.events if e.type == "REJECT"]


def test_a_programme_stepped_up_deploys_no_one():
    # "the government stepped up its reform programme in the banking sector": no MOBILIZE
    rec = code(make("সরকার ব্যাংকিং খাতে সংস্কার কার্যক্রম জোরদার করে।", "bn", []))
    assert not [e for e in rec.events if e.type == "MOBILIZE"]


def test_a_group_after_a_genitive_name_titles_no_name_after_it():
    # "the BNP's men fired at Hasina to snatch her": the men are a group, no title of Hasina
    rec = code(make("রাতে বিএনপির লোকজন শেখ হাসিনাকে ছিনিয়ে নিতে গুলি চালান।", "bn",
                    [("বিএনপির", "bnp", "ORG"), ("শেখ হাসিনাকে", "hasina", "PER")]))
    ev = one(rec, "ASSAULT")
    assert [a.id for a in ev.actors] == ["bnp"] and [a.id for a in ev.recipients] == ["sheikh-hasina"]


def test_a_title_after_a_genitive_name_still_qualifies_the_name_after_it():
    # "at night the BNP leader Hasina opened fire": the office qualifies her, no party of its own
    rec = code(make("রাতে বিএনপির নেতা শেখ হাসিনা গুলি চালান।", "bn",
                    [("বিএনপির", "bnp", "ORG"), ("শেখ হাসিনা", "hasina", "PER")]))
    ev = one(rec, "ASSAULT")
    assert [a.id for a in ev.actors] == ["sheikh-hasina"]


def test_unwilling_to_accept_a_claim_concedes_nothing():
    # "the family is unwilling to accept this claim": a refusal, no concession
    rec = code(make("নিহতের পরিবার অবশ্য এই দাবি মানতে নারাজ।", "bn", []))
    assert not [e for e in rec.events if e.type == "CONCEDE"]


def test_the_claim_verb_names_the_accusation_of_the_act_it_claims():
    # "his family accuse BSF men of shooting the young Bangladeshi dead": one ACCUSE, on the claim verb
    A.setdefault("bsf", Actor(id="bsf", name="Border Security Force", country="IND", sector="MIL"))
    rec = code(make("সীমান্তে বাংলাদেশি তরুণকে বিএসএফ সদস্যরা গুলি করে মেরেছে বলে অভিযোগ করছেন তার পরিবার।", "bn",
                    [("বাংলাদেশি", "BGD", "NORP"), ("বিএসএফ", "bsf", "ORG")]))
    ev = one(rec, "ACCUSE")
    assert ev.trigger.text.startswith("অভিযোগ"), ev.trigger.text
    assert [a.name for a in ev.actors] == ["residents"] and [a.id for a in ev.recipients] == ["bsf"]
