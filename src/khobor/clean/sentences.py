"""Sentence splitting for Bengali and English: the terminators of the language packs
(clean.yaml `sentences.terminators`: the danda (।), ?, ! ...) end sentences everywhere;
a full stop ends one unless it closes an abbreviation (Mr., U.S., মি., ড.) or an initial.
Closing quotes and brackets after a terminator stay with their sentence. Scrapers glue
sentences together ("election.Although"): a full stop between a lower-case word and a
capitalised one is a boundary too."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..record import Span
from .rules import Rules

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«([„"
_WORD_BEFORE_DOT = regex.compile(r"[\p{L}\p{M}]+\.$")
_INITIAL = regex.compile(r"\p{L}\p{M}*\.")
_NEXT_START = regex.compile(r"\s+([\p{L}\p{N}\"'“‘(])")
_NEXT_WORD = regex.compile(r"\s+([\p{L}\p{M}]+)")
_GLUED_START = regex.compile(r"\p{Lu}\p{Ll}")


def _ends_with_abbreviation(head: str, rules: Rules, next_word: str = "") -> bool:
    """`head` ends with a full stop; is that stop part of an abbreviation or an initial?"""
    token = head[head.rfind(" ") + 1:].lstrip(_OPENERS)
    if token in rules.abbreviations:
        return True
    word = _WORD_BEFORE_DOT.search(token)
    # a single letter before the dot is an initial ("J. Smith", "এ. কে."): Bengali initials
    # can carry a vowel sign, so one letter plus marks; unless a sentence plainly starts next
    return bool(word and _INITIAL.fullmatch(word.group())) and next_word not in rules.sentence_starters


@lru_cache(maxsize=None)
def _terminator_run(terminators: str) -> regex.Pattern:
    """A run of terminators with the closing quotes/brackets that belong to it: "।”" or "?!"."""
    return regex.compile("[" + regex.escape(terminators) + r"]+[\"'”’»)\]]*")


def _is_boundary(text: str, m, s: int, end: int, rules: Rules) -> bool:
    run = m.group()
    # any terminator but the full stop ends a sentence; a full stop may close an abbreviation
    if any(c != "." and c in rules.terminators for c in run) or len(run.rstrip(_CLOSERS)) > 1:
        return True
    i = m.start()  # a lone full stop
    nxt = text[m.end()] if m.end() < end else ""
    closed = m.end() - i > 1
    if not nxt or nxt.isspace() or closed or nxt in _OPENERS:
        following = _NEXT_WORD.match(text, m.end(), end)
        if _ends_with_abbreviation(text[s:i + 1], rules, following.group(1) if following else ""):
            return False
        if nxt.isspace():
            after = _NEXT_START.match(text, m.end(), end)
            if after and after.group(1).islower():
                return False  # "3 p.m. on Monday", "etc. and" : the sentence goes on
        return True
    if nxt.isupper() and i > s and text[i - 1].islower() and _GLUED_START.match(text, i + 1, end):
        return not _ends_with_abbreviation(text[s:i + 1], rules)
    return False


MAX_SENTENCE_CHARS = 1500   # past this, unpunctuated text is cut at a space: later stages stay linear


def split_block(text: str, start: int, end: int, rules: Rules) -> list[Span]:
    """Sentences of text[start:end] as spans into `text`."""
    spans: list[Span] = []
    s = start
    for m in _terminator_run(rules.terminators).finditer(text, start, end):
        if _is_boundary(text, m, s, end, rules):
            _push(spans, text, s, m.end())
            s = m.end()
    _push(spans, text, s, end)
    return [piece for sp in spans for piece in _cut_long(text, sp)]


def _cut_long(text: str, sp: Span) -> list[Span]:
    if sp.end - sp.start <= MAX_SENTENCE_CHARS:
        return [sp]
    out, s = [], sp.start
    while sp.end - s > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", s + MAX_SENTENCE_CHARS // 2, s + MAX_SENTENCE_CHARS)
        cut = cut if cut > s else s + MAX_SENTENCE_CHARS
        _push(out, text, s, cut)
        s = cut
    _push(out, text, s, sp.end)
    return out


def _push(spans: list[Span], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(Span(start=s, end=e))


def glued_opener_starts(text: str, spans: list[Span], rules: Rules) -> list[Span]:
    """`spans` cut where a word that opens sentences (the pack's `glued_openers`) stands
    capitalised after a word with no stop between ("... on final day Regarding the posters, X
    said"): a related headline the cleaner was not sure enough to remove, or a sentence that lost
    its full stop, ends there. Not after a word that takes a name ("attacks on The Daily Star").

    Example: "Rivals meet on Monday Regarding the seats, he said no more." -> two spans, the
    second opening at "Regarding"."""
    if rules.glued_opener is None:
        return spans
    out: list[Span] = []
    for sp in spans:
        s = sp.start
        for m in rules.glued_opener.finditer(text, sp.start, sp.end):
            before = text[s:m.start()].split()
            if before and before[-1].lower() not in rules.glued_not_after:
                _push(out, text, s, m.start())
                s = m.start()
        _push(out, text, s, sp.end)
    return out
