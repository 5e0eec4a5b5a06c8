"""PatternIndex asks a new word only the prefix lengths its openings reach (`_prefix_lengths`):
the candidates, and their order, are those of every table."""
from __future__ import annotations

from khobor.events.patterns import Inflector, PatternIndex, compile_pattern


def _index(texts: list[str]) -> PatternIndex:
    idx = PatternIndex()
    for t in texts:
        idx.add(compile_pattern(t, {"text": t}, Inflector(None, None)))
    return idx


def _every_table(idx: PatternIndex, word: str) -> list[str]:
    out = list(idx.by_word.get(word, ()))
    for n, table in idx.by_prefix.items():
        if len(word) >= n:
            out.extend(table.get(word[:n], ()))
    return [p.info["text"] for p in out]


def test_prefix_tables_keep_every_tables_candidates_in_order():
    idx = _index(["ধর* পড়", "মার* খায়", "মারা যান", "ধরা", "ম* হয়", "blast", "bl* up", "blas* off"])
    for word in ["মারধর", "ধরা", "মা", "মারা", "blast", "blaster", "bomb", "", "ক"]:
        assert [p.info["text"] for p in idx.candidates(word)] == _every_table(idx, word), word
    assert idx._prefix_lengths("মারধর") == {1, 3}
    assert idx._prefix_lengths("কথা") == set()


def test_a_pattern_added_later_is_asked():
    idx = _index(["ধর* পড়"])
    assert idx.candidates("মারধর") == ()
    idx.add(compile_pattern("মার* খায়", {"text": "late"}, Inflector(None, None)))
    assert [p.info["text"] for p in idx.candidates("মারধর")] == ["late"]
