"""Span rules about whole names: short names grown to the full name as written, and whole person names
from the Wikipedia title list (`name_titles`). Fixtures are invented sentences."""
from __future__ import annotations

import pytest

from khobor.actors.link import get_registry
from khobor.actors.scan import grow_to_names
from khobor.ner import gazetteer


@pytest.fixture(scope="module")
def bn():
    return get_registry().info("bn")


def test_a_short_name_grows_over_the_rest_of_the_full_name_with_its_case_ending(bn):
    text = "পরে রতন মোল্লাকে ডাকা হয়"
    s = text.index("রতন")
    names = {"a1": [("রতন", "মোল্লা")]}
    assert grow_to_names(text, [(s, s + 3, "a1")], names, bn) == [(s, text.index("মোল্লাকে") + len("মোল্লাকে"), "a1")]


def test_a_last_name_grows_leftwards_and_the_piece_inside_is_dropped(bn):
    text = "সেদিন রতন মোল্লা আসেন"
    a, b = text.index("রতন"), text.index("মোল্লা")
    names = {"a1": [("রতন", "মোল্লা")]}
    got = grow_to_names(text, [(a, a + 3, "a1"), (b, b + 6, "a1")], names, bn)
    assert got == [(a, b + 6, "a1")]


def test_a_short_name_does_not_grow_over_another_person_or_punctuation(bn):
    text = "রতন, মোল্লা এবং রতন কবির"
    names = {"a1": [("রতন", "মোল্লা")]}
    first, other = 0, text.rindex("রতন")
    assert grow_to_names(text, [(first, 3, "a1"), (other, other + 3, "a1")], names, bn) == \
        [(first, 3, "a1"), (other, other + 3, "a1")]


def test_title_names_match_with_a_case_ending_on_the_last_word(monkeypatch):
    monkeypatch.setattr(gazetteer, "_titles_by_first", lambda code: {"রতন": [("রতন", "মোল্লা")]})
    assert gazetteer.title_matches(["কাল", "রতন", "মোল্লার", "সভা"], "bn") == [(1, 3, "PER")]
    assert gazetteer.title_matches(["রতন", "বলেন"], "bn") == []
    assert gazetteer.title_matches(["রতনের", "মোল্লা"], "bn") == []   # only the last word inflects


def test_title_names_leave_out_names_holding_a_common_word():
    by_first = gazetteer._titles_by_first("bn")
    assert by_first, "bn name_titles should load"
    assert all(len(n) >= 2 for names in by_first.values() for n in names)
    assert not any("সরকার" in n for names in by_first.values() for n in names)


def test_title_names_extend_a_model_piece_but_never_an_organisation():
    titles = [(1, 3, "PER")]
    assert gazetteer.merge([(2, 3, "PER")], titles) == [(1, 3, "PER")]
    assert gazetteer.merge([(1, 4, "ORG")], titles) == [(1, 4, "ORG")]


def test_an_unknown_gazetteer_key_names_the_file(monkeypatch):
    from khobor import lang as langpacks
    pack = langpacks.load("bn")
    real = pack.yaml
    monkeypatch.setattr(pack, "yaml", lambda name, default=None: {"gazetteer": {"typo": 1}} if name == "ner" else real(name, default))
    gazetteer.settings.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"lang/bn/ner.yaml.*typo"):
            gazetteer.settings("bn")
    finally:
        gazetteer.settings.cache_clear()


def test_leading_titles_leave_a_person_span_but_a_lone_title_stays():
    titles = {"শহীদ", "প্রেসিডেন্ট"}
    words = ["শহীদ", "প্রেসিডেন্ট", "রতন", "মোল্লার", "কথা"]
    assert gazetteer.untitled(words, [(0, 4, "PER")], titles) == [(2, 4, "PER")]
    assert gazetteer.untitled(words, [(0, 2, "PER")], titles) == [(0, 2, "PER")]
    assert gazetteer.untitled(words, [(0, 4, "ORG")], titles) == [(0, 4, "ORG")]


def test_bengali_titles_hold_the_honorifics_guidelines_keep_outside():
    assert {"আল্লামা", "শহীদ", "মরহুম"} <= gazetteer.settings("bn")["titles"]


def test_a_place_grows_over_an_inflected_head_but_not_a_bare_one():
    heads = {"জেলা": "LOC", "থানা": "ORG"}
    assert gazetteer.with_heads(["পলাশপুর", "জেলার", "মানুষ"], [(0, 1, "LOC")], heads, "bn") == [(0, 2, "LOC")]
    assert gazetteer.with_heads(["পলাশপুর", "থানার", "ওসি"], [(0, 1, "LOC")], heads, "bn") == [(0, 2, "ORG")]
    assert gazetteer.with_heads(["পলাশপুর", "জেলা", "প্রশাসকের"], [(0, 1, "LOC")], heads, "bn") == [(0, 1, "LOC")]
    assert gazetteer.with_heads(["রতন", "থানার"], [(0, 1, "PER")], heads, "bn") == [(0, 1, "PER")]
