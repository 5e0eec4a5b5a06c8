"""Round 37's speed edits (fast37) give the same answers as the code they replace, with less
work. Every text here is written for these tests."""
from __future__ import annotations

import dataclasses

from khobor.actors import romanise as romanise_module
from khobor.actors.link import _words, get_registry
from khobor.actors.provisional import Provisional
from khobor.actors.romanise import foreign_rules, romanise_word, rules_for

TEXT = "নির্বাহী নিক হকলি বলেন, হকলির দল জিতবে। পরে হকলি আবার বলেন।"


def _provisional(text: str) -> Provisional:
    reg = get_registry()
    return Provisional(reg, reg.info("bn"), _words("bn"), text, "bn", "2025-06-01", {0})


def test_the_places_of_a_word_and_of_its_stem_are_those_a_walk_over_the_words_finds():
    """`full_form` reads the places where the article writes its word or a form of it from
    `_places_by_word_and_stem`, made once: the same places, in the text's order, as stemming
    every word of the article at each call found."""
    prov = _provisional(TEXT)
    by_word, by_stem = prov._places_by_word_and_stem()
    toks = prov.text_tokens
    for t, st in (("হকলি", "হকলি"), ("হকলির", "হকলি"), ("বলেন", "বলেন")):
        walked = [i for i, (_, _, w) in enumerate(toks) if w == t or prov.stem(w) == st]
        assert sorted({*by_word.get(t, ()), *by_stem.get(st, ())}) == walked
    assert len(by_stem["হকলি"]) == 3


def test_the_places_are_made_again_when_the_story_country_changes():
    """`stem` reads the story's country (a foreign genitive comes off a name abroad), so the
    places by stem are those of the country the article has when they are asked for."""
    prov = _provisional("জন মরটনের দল জিতেছে। মরটন খুশি।")
    at_home = prov._places_by_word_and_stem()
    prov.story_country = "GBR"
    abroad = prov._places_by_word_and_stem()
    assert abroad is not at_home
    assert {k: sorted(v) for k, v in abroad[1].items()} == _by_stem_walked(prov)


def _by_stem_walked(prov: Provisional) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, (_, _, w) in enumerate(prov.text_tokens):
        out.setdefault(prov.stem(w), []).append(i)
    return {k: sorted(v) for k, v in out.items()}


def test_a_remembered_romanisation_is_the_one_worked_out():
    rules = rules_for("bn")
    words = ("রহমান", "হোসেন", "এবি", "চিন্ময়", "ডবসন")
    first = [romanise_word(w, rules, initial_ok=ok) for w in words for ok in (False, True)]
    assert [romanise_module._romanised_word(w, rules, ok) for w in words for ok in (False, True)] == first
    assert [romanise_word(w, rules, initial_ok=ok) for w in words for ok in (False, True)] == first
    assert ("রহমান", False) in rules.romanised


def test_foreign_rules_remember_their_own_romanisations():
    """foreign_rules is a copy of the home rules (dataclasses.replace): its memo is its own, so
    a name read at home first is read again with the foreign letters ("ডবসন" -> Dobson, where
    home rules sound the inherent vowel)."""
    home, foreign = rules_for("bn"), foreign_rules("bn")
    assert foreign.romanised is not home.romanised
    at_home = romanise_word("ডবসন", home)
    assert romanise_word("ডবসন", foreign) == romanise_module._romanised_word("ডবসন", foreign, False)
    assert dataclasses.replace(home).romanised == {}
    assert at_home == romanise_module._romanised_word("ডবসন", home, False)
