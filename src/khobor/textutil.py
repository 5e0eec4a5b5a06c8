"""Script-aware text helpers. Python's `\\w` and `str.isalpha` split Bengali words at vowel signs
and virama (they are category M, not L), so word matching here uses Unicode categories through
the `regex` module: a word is a run of letters, marks and digits (plus ZWJ/ZWNJ inside words)."""
from __future__ import annotations

import unicodedata

import regex

WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]+(?:[-'’][\p{L}\p{M}\p{N}\u200c\u200d]+)*")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of `text`, Bengali-safe."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def fold_space(text: str) -> str:
    return " ".join(text.split())
