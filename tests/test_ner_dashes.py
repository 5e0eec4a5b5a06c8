"""Dashes glued to Bengali words (ner.yaml `dashes`; khobor.ner.model._dashes_apart): the tokenizer
cuts them off, as the NER sets' words have them, so a name before or after one is a name of its
own. Sentences written for these tests."""
from __future__ import annotations

from test_ner_span_rules import entity_mentions


def _words(text: str) -> list[str]:
    from khobor.ner.model import load_model
    return [t.text for t in load_model("bn").tokenizer(text)]


def test_an_em_dash_is_a_word_of_its_own():
    assert _words("আলী— এই") == ["আলী", "—", "এই"]
    assert _words("নয়—বরং") == ["নয়", "—", "বরং"]
    assert _words("—আরিফ") == ["—", "আরিফ"]


def test_a_name_before_an_em_dash_is_found():
    found = entity_mentions("দলে রাখা হয়নি বাবর আজম, হারিস রউফ ও হাসান আলী— এই তিনজনকে।")
    assert "হাসান আলী" in found
