"""People named by known name words the English model misses (khobor.ner.known_name_runs, English
`known_name_runs`), on sentences written for these tests."""
from __future__ import annotations

from khobor.ner.known_name_runs import people_ending_bodies, settings, untagged_name_runs
from test_ner_span_rules import entity_mentions

NAMES = {"salahuddin", "ahmed", "harun", "rashid", "anwar", "hossain", "masud", "alam"}.__contains__
PARTICLES = frozenset({"or", "ur"})
PREFIXES = frozenset({"md", "sk"})
TITLES = frozenset({"prosecutor", "commander"})


def test_an_untagged_run_of_name_words_is_a_person():
    words = ["BNP", "'s", "Salahuddin", "Ahmed", "told", "TBS"]
    assert untagged_name_runs(words, [(0, 1, "ORG"), (5, 6, "ORG")], NAMES, PARTICLES) == [
        (0, 1, "ORG"), (2, 4, "PER"), (5, 6, "ORG")]


def test_a_hyphened_particle_joins_the_name():
    words = ["Lt", "Commander", "Harun", "-", "or", "-", "Rashid", ",", "a", "spokesman"]
    assert untagged_name_runs(words, [], NAMES, PARTICLES, TITLES) == [(2, 7, "PER")]


def test_one_name_word_or_a_tagged_run_stays():
    assert untagged_name_runs(["Ahmed", "said", "so"], [], NAMES, PARTICLES) == []
    spans = [(0, 3, "ORG")]
    assert untagged_name_runs(["Anwar", "Hossain", "College"], spans, NAMES, PARTICLES) == spans


def test_a_body_of_a_prefixed_name_or_ending_in_a_person_is_that_person():
    assert people_ending_bodies(["Md", "Anwar", "Hossain"], [(0, 3, "ORG")], NAMES, PARTICLES, PREFIXES,
                                TITLES) == [(0, 3, "PER")]
    words = ["DMP", "'s", "Ramna", "division", "Masud", "Alam", "told"]
    assert people_ending_bodies(words, [(0, 6, "ORG")], NAMES, PARTICLES, PREFIXES, TITLES) == [(4, 6, "PER")]


def test_a_body_named_after_a_person_stays():
    spans = [(0, 3, "ORG")]
    assert people_ending_bodies(["Anwar", "Hossain", "College"], spans, NAMES, PARTICLES, PREFIXES, TITLES) == spans
    assert people_ending_bodies(["Salahuddin", "Ahmed"], [(0, 2, "ORG")], NAMES, PARTICLES, PREFIXES,
                                TITLES) == [(0, 2, "ORG")]


def test_settings_are_checked():
    assert settings(None, "x") is None
    assert settings({"enabled": True, "name_prefixes": ["Md"]}, "x") == (frozenset(), frozenset({"md"}))
    try:
        settings({"enabeld": True}, "x")
    except ValueError as err:
        assert "enabeld" in str(err)
    else:
        raise AssertionError("a misspelt key passed")


def test_the_english_pack_finds_them_in_the_entities_stage():
    text = "Reacting to the decision, BNP's Salahuddin Ahmed told reporters the party welcomed it."
    assert "Salahuddin Ahmed" in entity_mentions(text, "en")
    text = "The principal of the college, Md Anwar Hossain, admitted that attendance had been irregular."
    assert "Md Anwar Hossain" in entity_mentions(text, "en")


def test_a_run_inside_a_longer_capitalised_name_stays():
    assert untagged_name_runs(["at", "Anwar", "Hossain", "College", "."], [], NAMES, PARTICLES) == []
    assert untagged_name_runs(["Jamuna", "Anwar", "Hossain", "said"], [], NAMES, PARTICLES) == []
    words = ["Commander", "Masud", "Alam", "said"]
    assert untagged_name_runs(words, [], NAMES, PARTICLES, TITLES) == [(1, 3, "PER")]
