"""Sentence splitting for Bengali and English: the danda (।) and ?, ! end sentences everywhere;
a full stop ends one unless it closes an abbreviation (Mr., U.S., মি., ড.) or an initial.
Closing quotes and brackets after a terminator stay with their sentence. Scrapers glue
sentences together ("election.Although"): a full stop between a lower-case word and a
capitalised one is a boundary too."""
from __future__ import annotations

import regex

from ..record import Span
from .rules import Rules

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«([„"


def _ends_with_abbreviation(text: str, dot: int, abbreviations: list[str]) -> bool:
    head = text[: dot + 1]
    for abbr in abbreviations:
        if head.endswith(abbr):
            before = head[: -len(abbr)]
            if not before or not (before[-1].isalpha() or regex.match(r"\p{M}", before[-1])):
                return True
    word = regex.search(r"[\p{L}\p{M}]+\.$", head)
    # a single letter before the dot is an initial ("J. Smith", "এ. কে."); Bengali initials can
    # carry a vowel sign, so allow one letter plus marks
    return bool(word and regex.fullmatch(r"\p{L}\p{M}*\.", word.group()))


def split_block(text: str, start: int, end: int, rules: Rules) -> list[Span]:
    """Sentences of text[start:end] as spans into `text`."""
    spans: list[Span] = []
    terms = rules.terminators + "।?!"
    i, s = start, start
    while i < end:
        ch = text[i]
        boundary = False
        if ch in terms and ch != ".":
            boundary = True
        elif ch == ".":
            nxt = text[i + 1] if i + 1 < end else ""
            if i + 1 >= end or nxt.isspace() or nxt in _CLOSERS or nxt in _OPENERS:
                boundary = not _ends_with_abbreviation(text[s:end], i - s, rules.abbreviations)
                # "3.5", "U.S." handled above; a lower-case continuation is not a new sentence
                if boundary and nxt.isspace():
                    m = regex.match(r"\s+([\p{L}\p{N}\"'“‘(])", text[i + 1:end])
                    if m and m.group(1).islower():
                        boundary = False
            elif nxt.isupper() and i > s and text[i - 1].islower():
                m = regex.match(r"\p{Lu}\p{Ll}", text[i + 1:end])
                boundary = bool(m) and not _ends_with_abbreviation(text[s:end], i - s, rules.abbreviations)
        if boundary:
            j = i + 1
            while j < end and (text[j] in terms or text[j] in _CLOSERS):
                j += 1
            _push(spans, text, s, j)
            s = j
            i = j
            continue
        i += 1
    _push(spans, text, s, end)
    return spans


def _push(spans: list[Span], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(Span(start=s, end=e))
