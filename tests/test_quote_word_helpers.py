"""The quotes stage's word helpers that read the language packs: possessive endings (the English
pack's `possessive_endings`, none in Bengali) and a clause's start (a sentence's stops and ",;:")."""
from __future__ import annotations

from khobor import lang
from khobor.quotes.attribution import _clause_start, _title_word_forms, possessive_follows
from khobor.quotes.grammar import grammar_for
from khobor.quotes.speakers import possessive_as_modifier, without_possessive
from khobor.textutil import sentence_start


def _endings(code: str) -> tuple[str, ...]:
    return grammar_for(lang.load(code)).possessive_endings


def test_possessive_follows_a_name_in_english():
    endings = _endings("en")
    assert possessive_follows("Harbour Watch's Facebook page", 13, endings)
    assert possessive_follows("Harbour Watch’s Facebook page", 13, endings)
    assert possessive_follows("the unions' joint statement", 10, endings)  # a plural's apostrophe
    assert not possessive_follows("Harbour Watch said", 13, endings)
    assert not possessive_follows("Harbour Watch'sstatement", 13, endings)  # no space after it


def test_no_possessive_ending_in_a_pack_that_lists_none():
    assert _endings("bn") == ()
    assert not possessive_follows("Harbour Watch's Facebook page", 13, _endings("bn"))


def test_possessive_is_cut_at_the_end_only():
    endings = _endings("en")
    assert without_possessive("men's", endings) == "men"
    assert without_possessive("sports", endings) == "sports"  # a plural keeps its s
    assert without_possessive("’s", endings) == "’s"  # an ending with no word before it is no possessive
    assert _title_word_forms("jamaat-e-islami women's wing chief ", endings) == [
        "jamaat-e-islami", "jamaat", "e", "islami", "women", "wing", "chief"]


def test_a_key_and_its_words_lose_possessives_the_same_way():
    endings = _endings("en")
    key = "the party’s women's wing chief"
    assert possessive_as_modifier(key, endings) == "the party women wing chief"
    assert possessive_as_modifier(key, endings).split() == [without_possessive(w, endings) for w in key.split()]
    assert possessive_as_modifier(key, _endings("bn")) == key  # Bengali lists no possessive ending


def test_clause_start_is_the_sentence_start_with_commas_and_colons():
    text = "Rain fell. At a meeting, BNP member X said; then: Y"
    assert sentence_start(text, text.index("BNP")) == text.index(" At")
    assert _clause_start(text, text.index("BNP")) == text.index(" BNP")
    assert _clause_start(text, text.index("Y")) == text.index(" Y")
    assert sentence_start(text, text.index("BNP"), ",") == _clause_start(text, text.index("BNP"))
