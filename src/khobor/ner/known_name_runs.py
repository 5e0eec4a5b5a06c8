"""People whose names the English model misses though every word of them is a known name word:
news from Bangladesh names people the model's training never saw ("BNP's Salahuddin Ahmed told
TBS", "Lt Commander Harun-or-Rashid, a spokesman", "Md Anwar Hossain" read as an organisation).

A *name word* is a word of at least `MIN_NAMES` people's English names in the actor registry that
is no one-word name of a body or place ("Dhaka"), no word of more bodies' names than people's
("National"), no title of the pack (`ner.yaml` `titles`) and no common word of running text
(`ner_common_words.txt`). Two rules, on where the pack's `ner.yaml` `known_name_runs` is on:

- **Untagged runs** (`untagged_name_runs`): two to `MAX_NAME_WORDS` capitalised name words no span
  covers are a person; a Bengali name's hyphened particle joins its words ("Harun-or-Rashid":
  the pack's `name_particles`).
- **People at the end of a body** (`people_ending_bodies`): an organisation span of a name prefix
  (`name_prefixes`: "Md Anwar Hossain") or ending in such a run after a title or a word in lower
  case ("Additional Public Prosecutor Ashraful Haque Chowdhury", "DMP's Ramna division Masud
  Alam") is that person: a title or a unit is not part of a body's name that ends in a person's.
"""
from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ..lang.pack_keys import reject_unknown_keys

Span = tuple[int, int, str]   # token start, token end (exclusive), label
MIN_NAMES = 2                 # a word of one registry name only may be a common word that name holds
MAX_NAME_WORDS = 4            # "Abu Sayeed Md Chowdhury"; a longer run is a list or a heading
HYPHENS = {"-", "‐", "–"}
KEYS = {"enabled", "name_particles", "name_prefixes"}


def settings(cfg: dict | None, where: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The pack's `known_name_runs` settings: (name particles, name prefixes), lower-cased, or None
    when off. Example: {"enabled": True, "name_particles": ["or"], "name_prefixes": ["Md"]}
    -> (frozenset({"or"}), frozenset({"md"}))."""
    cfg = cfg or {}
    reject_unknown_keys(cfg, KEYS, where)
    if not cfg.get("enabled"):
        return None
    return (frozenset(w.casefold() for w in cfg.get("name_particles") or ()),
            frozenset(w.casefold() for w in cfg.get("name_prefixes") or ()))


@lru_cache(maxsize=None)
def name_words(code: str, registry_path: str, not_names: frozenset[str]) -> frozenset[str]:
    """Lower-cased words of people's names in the registry's `code` aliases (see the module's
    docstring), less `not_names` (the pack's titles and common words).
    Example: "hossain" in name_words("en", ...), "dhaka" not."""
    from ..diskcache import cached
    # kept on disk while the registry and this code are unchanged: reading the 5 MB registry's
    # JSON again was ~0.8 s of a start
    people = cached(f"known-name-words-{code}", [Path(registry_path), Path(__file__)],
                    lambda: _registry_name_words(code, registry_path))
    return people - not_names


def _registry_name_words(code: str, registry_path: str) -> frozenset[str]:
    """`name_words` before the pack's titles and common words are taken out."""
    people, bodies, lone = Counter(), Counter(), set()
    with open(registry_path, encoding="utf-8") as fh:
        for line in fh:
            actor = json.loads(line)
            for alias in (actor.get("aliases") or {}).get(code) or ():
                words = {w.casefold() for w in alias.split()}
                if actor.get("type") == "PER":
                    people.update(words)
                else:
                    bodies.update(words)
                    if len(words) == 1:
                        lone |= words
    return frozenset(w for w, n in people.items() if n >= MIN_NAMES and w.isalpha() and n > bodies[w]) - lone


def _name_run_end(words: list[str], k: int, is_name: Callable[[str], bool], particles: frozenset[str]) -> int:
    """Where a run of capitalised name words starting at `k` ends (exclusive; `k` if none), a
    hyphened particle joining two of them ("Harun - or - Rashid") inside it.
    Example: ["Harun", "-", "or", "-", "Rashid", ","] from 0 -> 5."""
    end = k
    while end < len(words) and _capital_name(words[end], is_name):
        nxt = end + 1
        if (nxt + 3 < len(words) and words[nxt] in HYPHENS and words[nxt + 1].casefold() in particles
                and words[nxt + 2] in HYPHENS and _capital_name(words[nxt + 3], is_name)):
            nxt += 3
        end = nxt
    return end


def _capital_name(word: str, is_name: Callable[[str], bool]) -> bool:
    return word[:1].isupper() and is_name(word.casefold())


def _words_in(words: list[str], a: int, b: int) -> int:
    """Words of a run, hyphens and particles aside. Example: Harun - or - Rashid -> 2."""
    return sum(1 for w in words[a:b] if w[:1].isupper())


def untagged_name_runs(words: list[str], spans: list[Span], is_name: Callable[[str], bool],
                       particles: frozenset[str], titles: frozenset[str] = frozenset()) -> list[Span]:
    """`spans` with each run of two to MAX_NAME_WORDS capitalised name words no span touches as a
    person, standing alone: no capitalised word right after it ("Anwar Hossain College" is a
    body's name) nor before it but for a title ("Lt Commander Harun-or-Rashid").
    Example: ["BNP", "'s", "Salahuddin", "Ahmed", "told"], [(0, 1, "ORG")]
    -> [(0, 1, "ORG"), (2, 4, "PER")]."""
    taken = {k for a, b, _ in spans for k in range(a, b)}
    found, k = [], 0
    while k < len(words):
        end = _name_run_end(words, k, is_name, particles) if k not in taken else k
        if end > k and not taken.intersection(range(k, end)) and 2 <= _words_in(words, k, end) <= MAX_NAME_WORDS \
                and _stands_alone(words, k, end, titles):
            found.append((k, end, "PER"))
        k = max(end, k + 1)
    return sorted(spans + found) if found else spans


def _stands_alone(words: list[str], a: int, b: int, titles: frozenset[str]) -> bool:
    """No capitalised word right after a..b, and none right before it but a title.
    Example: ["said", "Anwar", "Hossain", "College"], 1, 3 -> False."""
    if b < len(words) and words[b][:1].isupper():
        return False
    return a == 0 or not words[a - 1][:1].isupper() or words[a - 1].casefold().rstrip(".") in titles


def people_ending_bodies(words: list[str], spans: list[Span], is_name: Callable[[str], bool],
                         particles: frozenset[str], prefixes: frozenset[str], titles: frozenset[str],
                         possessives: tuple[str, ...] = ()) -> list[Span]:
    """ORG spans that name a person (see the module's docstring) made that person; a possessive
    ending (`possessives`, the pack's `acronym_glue` ones: "'s") opens the person as a title does.
    Example: ["Additional", "Public", "Prosecutor", "Ashraful", "Haque", "Chowdhury"], [(0, 6, "ORG")]
    -> [(3, 6, "PER")]; ["Md", "Anwar", "Hossain"], [(0, 3, "ORG")] -> [(0, 3, "PER")]."""
    out = []
    for a, b, label in spans:
        if label == "ORG":
            start = _person_at_end(words, a, b, is_name, particles, prefixes, titles, possessives)
            if start is not None:
                out.append((start, b, "PER"))
                continue
        out.append((a, b, label))
    return out


def _person_at_end(words: list[str], a: int, b: int, is_name, particles, prefixes, titles,
                   possessives) -> int | None:
    """Where the person ending the span a..b starts, or None when it names no person."""
    p = a
    while p < b and words[p].casefold().rstrip(".") in prefixes:
        p += 1
    if p > a and _name_run_end(words, p, is_name, particles) == b and _words_in(words, p, b) >= 1:
        return a
    for start in range(a + 1, b - 1):
        before = words[start - 1]
        opened = before.casefold() in titles or before[:1].islower() or before in possessives
        if opened and _name_run_end(words, start, is_name, particles) == b \
                and 2 <= _words_in(words, start, b) <= MAX_NAME_WORDS:
            return start
    return None
