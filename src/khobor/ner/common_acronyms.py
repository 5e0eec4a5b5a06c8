"""Acronyms of common nouns are no names (GUIDELINES N1: no products, no titles): "TV", "VAT",
"ICU", "CCTV", "NID", "ODI", "OC" (the officer in charge). The English model tags capitalised
letter runs as organisations from their shape; the pack lists those that name a thing or an
office, never a body (`ner.yaml` `common_acronyms`). Capitalised common words that name nothing
by themselves ("Test", "Jumma", "Muslims": `ner.yaml` `common_words_alone`) are dropped where a
span holds nothing else (joined by "and" or a comma: "Hindus and Muslims").

A span of one such word (a possessive allowed) is dropped; a span opening with one and a word
of `acronym_glue.of` keeps what follows ("ICU of Rangpur Medical College Hospital" -> the
hospital, "OC of Kotwali Police Station" -> the station). The possessive endings, the "of" words
and the joiners are the pack's (`ner.yaml` `acronym_glue`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..lang.pack_keys import reject_unknown_keys

Span = tuple[int, int, str]   # token start, token end (exclusive), label
GLUE_KEYS = {"possessives", "of", "joiners"}


@dataclass(frozen=True)
class Glue:
    """The pack's words around common acronyms and words alone (`ner.yaml` `acronym_glue`):
    possessive endings ("'s"), words after an acronym that open what it is of ("of"), and what
    joins words alone in one span ("and", ",")."""
    possessives: tuple[str, ...] = ()
    of: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()

    @classmethod
    def from_yaml(cls, data: dict | None, where: str = "acronym_glue") -> "Glue":
        """The settings, an unknown key a ValueError naming it.
        Example: Glue.from_yaml({"of": ["of"]}).of == frozenset({"of"})."""
        reject_unknown_keys(data, GLUE_KEYS, where)
        data = data or {}
        return cls(tuple(data.get("possessives") or ()), frozenset(data.get("of") or ()),
                   frozenset(data.get("joiners") or ()))


def without_common_acronyms(words: list[str], spans: list[Span], acronyms: frozenset[str], glue: Glue) -> list[Span]:
    """`spans` less the common acronyms of `acronyms` (see the module docstring).
    Example (English glue): ["the", "VAT", "rate"], [(1, 2, "ORG")], {"VAT"} -> [];
    ["ICU", "of", "Dhaka", "Medical"], [(0, 4, "ORG")], {"ICU"} -> [(2, 4, "ORG")]."""
    out = []
    for a, b, label in spans:
        if _acronym(words[a], acronyms, glue.possessives):
            if b - a == 1 or (b - a == 2 and words[b - 1] in glue.possessives):
                continue
            if b - a > 2 and words[a + 1] in glue.of:
                a += 2
        out.append((a, b, label))
    return out


def _acronym(word: str, acronyms: frozenset[str], possessives: tuple[str, ...]) -> bool:
    """Whether `word`, less a possessive ending, is one of `acronyms`.
    Example: "CEO's", {"CEO"}, ("'s",) -> True."""
    for ending in possessives:
        if word.endswith(ending):
            word = word[:-len(ending)]
    return word in acronyms


def without_common_words_alone(words: list[str], spans: list[Span], alone: frozenset[str], glue: Glue) -> list[Span]:
    """`spans` less those made of words of `alone` only (and the glue's joiners between them).
    Example (English glue): ["the", "second", "Test"], [(2, 3, "LOC")], {"Test"} -> [];
    ["Hindus", "and", "Muslims"], [(0, 3, "ORG")], {"Hindus", "Muslims"} -> [];
    ["Adelaide", "Test"], [(0, 2, "EVT")], {"Test"} -> [(0, 2, "EVT")]."""
    return [(a, b, label) for a, b, label in spans
            if not (words[a] in alone and words[b - 1] in alone
                    and all(w in alone or w in glue.joiners for w in words[a:b]))]
