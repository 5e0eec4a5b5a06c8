"""Acronyms of common nouns are no names (GUIDELINES N1: no products, no titles): "TV", "VAT",
"ICU", "CCTV", "NID", "ODI", "OC" (the officer in charge). The English model tags capitalised
letter runs as organisations from their shape; the pack lists those that name a thing or an
office, never a body (`ner.yaml` `common_acronyms`). Capitalised common words that name nothing
by themselves ("Test", "Jumma", "Muslims": `ner.yaml` `common_words_alone`) are dropped where a
span holds nothing else (joined by "and" or a comma: "Hindus and Muslims").

A span of one such word (a possessive "'s" allowed) is dropped; a span opening with one and
"of" keeps what follows ("ICU of Rangpur Medical College Hospital" -> the hospital, "OC of
Kotwali Police Station" -> the station).
"""
from __future__ import annotations

Span = tuple[int, int, str]   # token start, token end (exclusive), label
POSSESSIVES = ("'s", "’s")
JOINERS = frozenset({"and", ","})


def without_common_acronyms(words: list[str], spans: list[Span], acronyms: frozenset[str]) -> list[Span]:
    """`spans` less the common acronyms of `acronyms` (see the module docstring).
    Example: ["the", "VAT", "rate"], [(1, 2, "ORG")], {"VAT"} -> [];
    ["ICU", "of", "Dhaka", "Medical"], [(0, 4, "ORG")], {"ICU"} -> [(2, 4, "ORG")]."""
    out = []
    for a, b, label in spans:
        if _acronym(words[a], acronyms):
            if b - a == 1 or (b - a == 2 and words[b - 1] in POSSESSIVES):
                continue
            if b - a > 2 and words[a + 1] == "of":
                a += 2
        out.append((a, b, label))
    return out


def _acronym(word: str, acronyms: frozenset[str]) -> bool:
    """Whether `word`, less a possessive ending, is one of `acronyms`.
    Example: "CEO's", {"CEO"} -> True."""
    for ending in POSSESSIVES:
        if word.endswith(ending):
            word = word[:-len(ending)]
    return word in acronyms


def without_common_words_alone(words: list[str], spans: list[Span], alone: frozenset[str]) -> list[Span]:
    """`spans` less those made of words of `alone` only (and joiners between them).
    Example: ["the", "second", "Test"], [(2, 3, "LOC")], {"Test"} -> [];
    ["Hindus", "and", "Muslims"], [(0, 3, "ORG")], {"Hindus", "Muslims"} -> [];
    ["Adelaide", "Test"], [(0, 2, "EVT")], {"Test"} -> [(0, 2, "EVT")]."""
    return [(a, b, label) for a, b, label in spans
            if not (words[a] in alone and words[b - 1] in alone and all(w in alone or w in JOINERS for w in words[a:b]))]
