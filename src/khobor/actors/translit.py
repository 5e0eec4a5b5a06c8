"""Script-neutral phonetic skeletons for fuzzy matching of unseen spellings.

Any script is romanised with ICU (Any-Latin; Latin-ASCII), then folded so that spellings of the
same name across scripts and transliteration habits meet: Bengali's written inherent vowel
("putina" for পুতিন) is dropped at word end, aspirates and v/w/bh collapse, doubled letters
merge. The skeletons are compared with rapidfuzz; this is the last step of the cascade, used only
above a high score and with a clear margin over the runner-up.
"""
from __future__ import annotations

from functools import lru_cache

import regex

_FOLDS = [("ṁ", "ng"), ("ṅ", "ng"), ("bh", "b"), ("v", "b"), ("w", "b"), ("ph", "f"), ("th", "t"),
          ("dh", "d"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("jh", "j"), ("z", "j"),
          ("q", "k"), ("ck", "k"), ("x", "ks"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("y", "i"),
          ("ei", "e"), ("ai", "e")]


# compiled once: the module-level regex functions look each pattern up in regex's cache per call
_WORD = regex.compile(r"[a-z0-9]+")
_DOUBLED = regex.compile(r"(.)\1+")
_H_AFTER_CONSONANT = regex.compile(r"(?<=[^aeiou])h")
VOWEL = regex.compile(r"[aeiou]")


@lru_cache(maxsize=1)
def _romaniser():
    import icu
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


def library_version() -> str:
    """The ICU version the skeletons depend on (cached skeletons are rebuilt when it changes)."""
    import icu
    return f"ICU {icu.ICU_VERSION}"


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    s = text
    if not s.isascii():
        s = s.replace("ং", "ng")  # anusvara: ICU writes ṁ, which ASCII-folds to a bare m
        s = _romaniser().transliterate(s)
    s = s.lower().replace("'", "").replace("’", "")
    for a, b in _FOLDS:
        s = s.replace(a, b)
    words = []
    for w in _WORD.findall(s):
        if len(w) > 2 and w.endswith("a") and w[-2] not in "aeiou":
            w = w[:-1]  # the inherent vowel a Bengali romanisation writes at word end
        w = _DOUBLED.sub(r"\1", w)
        w = _H_AFTER_CONSONANT.sub("", w)
        words.append(w)
    return " ".join(words)


@lru_cache(maxsize=65536)
def consonants(sk: str) -> str:
    """The consonant frame of a skeleton (vowels inside words dropped): Bengali romanisation
    writes inherent vowels English spellings lack ("pesakab" ~ "peskob")."""
    return " ".join(w[0] + VOWEL.sub("", w[1:]) for w in sk.split())
