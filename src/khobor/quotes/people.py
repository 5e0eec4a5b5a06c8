"""The article's people, for the speakers of its quotes: a small coreference pass by named rules.

A speaker is often named short ("রাশেদ", "মি. চৌধুরী", "Mr Brook", "Lena") after the article
has named them in full ("রাশেদ করিম", "বিশ্লেষক সোহেল মাহমুদ চৌধুরী", "Alan Brook"). The short
form resolves to the fullest mention of that person in the article, never to a new actor of its
own ("Mi Chowdhury", "Rashed"). The rules (NAME_RULES, in order) each
propose full names for a short one; a short name resolves only when the proposals name exactly
one person. Captions and bylines are never antecedents: a person named in a photo credit or a
caption is not the one a body sentence quotes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import regex

from ..record import Actor, Record
from .explain import speaker_rule
from .titlefind import TitleFinder

PERSON_TYPES = {"PER", "PERSON"}
NON_BODY = {"caption", "byline"}
_NAME_WORD = regex.compile(r"[\p{L}\p{M}\u200c\u200d'’.-]+")
_TITLED_NAME_WORDS = 3  # at most this many words between a title and the short name's word
_ASIDE = regex.compile(r"\([^()]{0,12}\)")  # an initialism in brackets after a title: "(UNO)"
_CASE_TAIL = 3  # characters a case ending may add to a name's last word (চৌধুরীর)


@dataclass
class FullName:
    text: str
    actor: Actor | None  # the actor the actors layer gave that mention, if any
    start: int | None = None  # where the article names them so (None: not known)


def _words(s: str) -> list[str]:
    return _NAME_WORD.findall(s)


def _ends_with(long_: list[str], short: list[str]) -> bool:
    """'সোহেল চৌধুরীর' ends with 'চৌধুরী' (a case ending may follow)."""
    tail = long_[len(long_) - len(short):]
    return tail[:-1] == short[:-1] and tail[-1].startswith(short[-1]) and len(tail[-1]) - len(short[-1]) <= _CASE_TAIL


def entity_names(people: "People", short: list[str]) -> list[FullName]:
    """An entity of the body with more words that begins or ends with the short name
    ("Alan Brook" -> "Alan Brook Harte", "Brook" -> "Alan Brook"), its name prefixes aside
    ("Tajul" -> "Mohammad Tajul Islam")."""
    out = []
    for text, actor, start in people.named:
        w = _words(text)
        given = without_prefixes(w, people.prefixes)
        if len(w) > len(short) and (w[:len(short)] == short or given[:len(short)] == short or _ends_with(w, short)):
            out.append(FullName(text, actor, start))
    return out


def without_prefixes(words: list[str], prefixes: set[str]) -> list[str]:
    """A name's words from its first that is no rank or name prefix ("Md", "Mohammad"); the last
    word stays. Example: ["Mohammad", "Tajul", "Islam"] -> ["Tajul", "Islam"]."""
    i = 0
    while i < len(words) - 1 and words[i].lower().rstrip(".") in prefixes:
        i += 1
    return words[i:]


def titled_names(people: "People", short: list[str]) -> list[FullName]:
    """Words right after a title that end in the short name, where the NER found no name
    ("অর্থনীতি বিশ্লেষক সোহেল মাহমুদ চৌধুরী" -> "সোহেল মাহমুদ চৌধুরী")."""
    if people.title_rx is None or len(short) != 1:
        return []
    out = []
    for m in people.title_matches():
        if not people.in_body(m.start()):
            continue
        after = _ASIDE.sub(" ", people.text[m.end():m.end() + 120])
        w = _words(after.split(",")[0].split("।")[0])[:_TITLED_NAME_WORDS + 1]
        w = without_prefixes(w, people.prefixes)  # a rank or prefix before the name ("(UNO) Md Alauddin") is no part of it
        for i in range(1, len(w)):
            if w[i] == short[0]:
                out.append(FullName(" ".join(w[:i + 1]), None, m.end()))
                break
    return out


NAME_RULES: list[Callable[["People", list[str]], list[FullName]]] = [entity_names, titled_names]


class People:
    """The people an article's body names, and the fullest name of each short mention."""

    def __init__(self, rec: Record, title_rx: regex.Pattern | None = None, prefixes: frozenset[str] = frozenset(),
                 title_finder: TitleFinder | None = None):
        self.text = rec.text
        self.title_rx = title_rx
        self.title_finder = title_finder  # title_rx's matches without trying every position
        self.prefixes = {w.rstrip(".") for w in prefixes}  # ranks and name prefixes ("md", "lt")
        self._title_matches: list | None = None
        self._non_body = [(b.start, b.end) for b in rec.blocks if b.kind in NON_BODY]
        self.named = [(" ".join(e.text.split()), e.actor, e.start) for e in rec.entities
                      if e.type in PERSON_TYPES and self.in_body(e.start)]

    def title_matches(self) -> list:
        """Every match of the title pattern over the text, found once per article (each short
        name and the appositions look at the same matches)."""
        if self._title_matches is None:
            if self.title_finder is not None:
                self._title_matches = self.title_finder.finditer(self.text)
            else:
                self._title_matches = list(self.title_rx.finditer(self.text)) if self.title_rx is not None else []
        return self._title_matches

    def in_body(self, pos: int) -> bool:
        """Whether `pos` lies outside every caption and byline (those are never antecedents)."""
        return not any(a <= pos < b for a, b in self._non_body)

    def fullest(self, name: str, at: int | None = None) -> FullName | None:
        """The one fuller name the article gives a short name, by the first rule that finds
        any ("Rashed" -> "Rashed Karim"); None where no rule finds one or two people fit.
        Where two fit, the one named before the short name at `at` (named_before)."""
        short = _words(name)
        if not short:
            return None
        found = self._fullest_of(short, at)
        if found is None:
            bare = short_name_after_prefixes(short, self.prefixes)
            found = self._fullest_of(bare, at) if bare != short else None
        return found

    def _fullest_of(self, short: list[str], at: int | None) -> FullName | None:
        for rule in NAME_RULES:
            found = rule(self, short)
            if not found:
                continue
            people = {_person_key(f): f for f in found}
            # the same person written with and without a case ending is one person
            people = {k: f for k, f in people.items()
                      if not any(o is not f and _key(o.text) != _key(f.text) and _key(f.text).startswith(_key(o.text))
                                 for o in people.values())}
            if len(people) > 1 and at is not None:
                people = named_before(people, _first_named(found), at)
            return next(iter(people.values())) if len(people) == 1 else None
        return None


@speaker_rule("short_name_after_prefixes", decided=lambda args, bare: len(bare) < len(args[0]))
def short_name_after_prefixes(short: list[str], prefixes: set[str]) -> list[str]:
    """A short name's words without the ranks, name prefixes (the pack's `name_prefixes`) and
    abbreviated honorifics ("মি.", "ড.") that open it, the words a fuller name of the same person
    holds: "মেজর তানভীর" is "তানভীর আহমেদ", "মি. হাসান" is "জাহিদ হাসান" named before. The
    last word always stays; only tried where the short name as written finds no fuller name.

    Example: ["মেজর", "তানভীর"] -> ["তানভীর"]; ["মি.", "হাসান"] -> ["হাসান"]; ["তানভীর"] -> ["তানভীর"]."""
    i = 0
    while i < len(short) - 1 and (short[i].lower().rstrip(".") in prefixes or short[i].endswith(".")):
        i += 1
    return short[i:]


def _person_key(f: FullName) -> str:
    return (f.actor.id if f.actor is not None else None) or _key(f.text)


def _first_named(found: list[FullName]) -> dict[str, int]:
    """Where the article first names each person of `found` (by `_person_key`)."""
    first: dict[str, int] = {}
    for f in found:
        if f.start is not None:
            k = _person_key(f)
            first[k] = min(first.get(k, f.start), f.start)
    return first


@speaker_rule("named_before", decided=lambda args, kept: len(kept) == 1)
def named_before(people: dict[str, FullName], first: dict[str, int], at: int) -> dict[str, FullName]:
    """Of several people a short name fits, those the article named before it: a short name
    points back ("পরিযায়ী শ্রমিক পল্টু শেখ ... বলছিলেন মি. শেখ। ... তার কাকা রিয়াকুল শেখ":
    "মি. শেখ" is Paltu Sheikh; Riyakul is named only after). A person also named before by
    another mention counts once; the caller takes the result only when one person is left.

    Example: people Paltu Sheikh and Riyakul Sheikh first named at 120 and 900, at 400 -> Paltu Sheikh."""
    return {k: f for k, f in people.items() if first.get(k, at) < at}


def _key(s: str) -> str:
    return " ".join(s.lower().split())
