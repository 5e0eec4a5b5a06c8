"""The role rules (events/roles.py) and the trace they leave on each event (`Event._explain`):
which pattern found the trigger, which cue set its modality, which rule gave each party its role."""
from __future__ import annotations

import re

import pytest

from khobor.events import roles
from test_events import code, make, one


def steps(ev, step: str) -> list[tuple[str, str]]:
    return [(x["rule"], x["decision"]) for x in ev._explain if x["step"] == step]


def test_every_rule_is_registered_in_the_declared_order_with_an_example():
    assert len(set(roles.ROLE_RULES)) == len(roles.ROLE_RULES)
    assert set(roles.ROLE_RULES) == set(roles._RULES)
    for name in roles.ROLE_RULES:
        rule = roles._RULES[name]
        assert rule.rule_name == name
        doc = " ".join((rule.__doc__ or "").split())
        assert re.search(r'"[^"]+"', doc), f"{name}: the docstring quotes no example sentence"


def test_a_rule_name_is_registered_once():
    with pytest.raises(ValueError, match="registered twice"):
        roles.role_rule("passive_by_agent")(lambda c: None)


def test_the_trace_names_the_trigger_pattern_and_the_passive_agent_rule():
    rec = code(make("Israel was attacked by Iran.", "en", [("Israel", "ISR", "GPE"), ("Iran", "IRN", "GPE")]))
    ev = one(rec, "ASSAULT")
    assert steps(ev, "candidate") == [("yaml: @attack", "attacked -> ASSAULT")]
    assert steps(ev, "role") == [("passive_by_agent", "actor = Iran"), ("passive_by_agent", "recipient = Israel")]


def test_the_trace_names_the_case_marker_of_a_bengali_recipient():
    rec = code(make("ভারত বাংলাদেশকে ত্রাণ পাঠিয়েছে।", "bn", [("ভারত", "IND", "GPE"), ("বাংলাদেশকে", "BGD", "GPE")]))
    ev = one(rec, "AID")
    assert steps(ev, "role") == [("subject_before_verb", "actor = ভারত"), ("case_marker", "recipient = বাংলাদেশকে")]


def test_the_trace_names_the_modality_cue_and_the_article_recoding():
    rec = code(make("Russia will attack Ukraine.", "en", [("Russia", "RUS", "GPE"), ("Ukraine", "UKR", "GPE")]))
    ev = one(rec, "THREATEN")
    assert ("future.before", "future") in steps(ev, "modality")
    assert steps(ev, "article") == [("announced_force_is_a_threat", "future ASSAULT -> THREATEN")]


def test_the_trace_names_a_claim_that_governs_the_event():
    rec = code(make("India claimed that Pakistan attacked its border posts.", "en",
                    [("India", "IND", "GPE"), ("Pakistan", "PAK", "GPE")]))
    ev = one(rec, "ACCUSE")
    assert ("governing claim", "ACCUSE by India") in steps(ev, "modality")


def test_reciprocal_parties_keep_the_rules_that_placed_them():
    rec = code(make("Japan met China in Beijing.", "en",
                    [("Japan", "JPN", "GPE"), ("China", "CHN", "GPE"), ("Beijing", "beijing", "GPE")]))
    ev = one(rec, "CONSULT")
    assert steps(ev, "role") == [("subject_before_verb", "actor = Japan"), ("object_after_verb", "actor = China")]


def test_the_trace_is_never_stored():
    rec = code(make("Israel was attacked by Iran.", "en", [("Israel", "ISR", "GPE"), ("Iran", "IRN", "GPE")]))
    assert "_explain" not in rec.model_dump_json() and rec.events[0]._explain
