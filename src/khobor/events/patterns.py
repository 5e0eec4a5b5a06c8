"""Trigger patterns: a small token-sequence language shared by every language pack.

A pattern is a string of space-separated elements, matched left to right over the words of a
sentence (lower-cased, NFC):

    word      the exact word                     ("visit")
    stem*     any word starting with stem        ("সফর*" matches সফর, সফরের, সফরে)
    @lemma    any inflected form of an English-style verb, generated from the pack's
              inflection rules and irregular forms ("@meet" matches meet, meets, met, meeting)
    a|b       alternatives of the above
    (x)       a context element: must match, but is not part of the trigger span
    ..N       up to N other words may come before the next element (".." = 3)

Bengali compound verbs are written as noun + light-verb stems ("সফর* কর*"), English verbs as
lemmas with context ("@impose .. (sanctions)"). One matcher serves all languages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textutil import nfc


def word_set(words) -> frozenset[str]:
    """A word list of the pack as the coder compares words, NFC and lower case: a set of them.
    Example: word_set(["That", "এই"]) -> frozenset({"that", "এই"})."""
    return frozenset(nfc(w).lower() for w in words)


def light_verb_form(word: str, stems, endings: frozenset[str]) -> bool:
    """Whether `word` is one of `stems` with one of `endings` after it (the stem alone where ""
    is one): the one test of a light verb's form, for the coder's roles
    (roles.RoleGrammar.is_light_verb) and the lexicon's heads (learned.HeadRules.is_light_verb).
    Example: light_verb_form("চালাচ্ছিলেন", ("চালা",), frozenset({"", "চ্ছিলেন"})) -> True;
    light_verb_form("নিহতের", ("নি",), frozenset({"য়েছে"})) -> False."""
    return any(word.startswith(stem) and word[len(stem):] in endings for stem in stems)


@dataclass
class Element:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    context: bool
    gap: int  # how many other words may precede this element (after the previous one)

    def matches(self, word: str) -> bool:
        return word in self.exact or (bool(self.prefixes) and word.startswith(self.prefixes))


@dataclass
class Pattern:
    elements: list[Element]
    info: dict                      # type, mode, cameo, frame, confidence, ... from the lexicon
    priority: int = 0
    source: str = ""                # where it comes from: "yaml" (triggers), a verb table, "non_events"
    text: str = ""                  # the pattern as written

    def __post_init__(self):
        self.required = required_words(self.elements)

    @property
    def size(self) -> int:
        return len(self.elements)


def required_words(elements: list[Element]) -> list[frozenset[str]]:
    """The word sets of the exact-only elements after the first: a sentence lacking any of them
    cannot match (a cheap filter before matching). Example: the elements of "@impose .. (sanctions)"
    -> [{"sanctions"}]; of "সফর* কর*" -> [] (the second is a prefix)."""
    return [e.exact for e in elements[1:] if not e.prefixes]


@dataclass
class Match:
    pattern: Pattern
    positions: list[int]            # token index of each element

    @property
    def trigger_positions(self) -> list[int]:
        own = [p for p, e in zip(self.positions, self.pattern.elements) if not e.context]
        return own or self.positions


class Inflector:
    """English-style verb forms from ordered suffix rules (pack data) plus irregular forms."""

    def __init__(self, rules: list | None, irregular: dict[str, list[str]] | None):
        """`rules`: objects with `match` (a regex of the lemma's end) and `forms` (schema.InflectionRule)."""
        self.rules = [(re.compile(r.match), r.forms) for r in (rules or [])]
        self.irregular = {k: list(v) for k, v in (irregular or {}).items()}
        # lemma -> its forms (a verb table names the same lemma thousands of times)
        self._forms: dict[str, set[str]] = {}

    def add_irregular(self, lemma: str, forms: list[str]) -> None:
        self.irregular.setdefault(lemma, [])
        self.irregular[lemma].extend(f for f in forms if f not in self.irregular[lemma])
        self._forms.pop(lemma, None)

    def forms(self, lemma: str) -> set[str]:
        hit = self._forms.get(lemma)
        if hit is None:
            hit = self._forms[lemma] = self._make_forms(lemma)
        return hit

    def _make_forms(self, lemma: str) -> set[str]:
        words = lemma.split("~")
        head, rest = words[0], words[1:]
        out = {head}
        for rx, templates in self.rules:
            m = rx.search(head)
            if m:
                stem = head[:m.start()]
                out.update(stem + t.format(*m.groups(), m=m.group(0)) for t in templates)
                break
        out.update(f.split("~")[0] for f in self.irregular.get(lemma, []))
        return {" ".join([f, *rest]) for f in out}


_GAP = re.compile(r"^\.\.(\d*)$")


def compile_pattern(text: str, info: dict, inflector: Inflector, priority: int = 0, source: str = "") -> Pattern:
    elements: list[Element] = []
    gap = 0
    for raw in nfc(text).lower().split():
        g = _GAP.match(raw)
        if g:
            gap = int(g.group(1) or 3)
            continue
        context = raw.startswith("(") and raw.endswith(")")
        body = raw[1:-1] if context else raw
        exact: set[str] = set()
        prefixes: list[str] = []
        for alt in body.split("|"):
            if not alt:
                continue
            if alt.startswith("@"):
                for form in inflector.forms(alt[1:]):
                    parts = form.split()
                    exact.add(parts[0])  # multi-word verbs: the particle follows as its own element
            elif alt.endswith("*"):
                prefixes.append(alt[:-1])
            else:
                exact.add(alt)
        elements.append(Element(frozenset(exact), tuple(prefixes), context, gap))
        gap = 0
        # a multi-word verb lemma (get~together): its later words become required elements
        for alt in body.split("|")[:1]:
            if alt.startswith("@") and "~" in alt:
                for w in alt[1:].split("~")[1:]:
                    elements.append(Element(frozenset({w}), (), context, 1))
    return Pattern(elements, info, priority, source, text)


@dataclass
class PatternIndex:
    """Patterns indexed by their first element, so a sentence is scanned once."""
    by_word: dict[str, list[Pattern]] = field(default_factory=dict)
    by_prefix: dict[int, dict[str, list[Pattern]]] = field(default_factory=dict)

    @property
    def has_patterns(self) -> bool:
        return bool(self.by_word or self.by_prefix)

    def add(self, p: Pattern) -> None:
        self._cache.clear()
        first = p.elements[0]
        for w in first.exact:
            self.by_word.setdefault(w, []).append(p)
        for pre in first.prefixes:
            self.by_prefix.setdefault(len(pre), {}).setdefault(pre, []).append(p)

    _cache: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)

    def candidates(self, word: str) -> tuple[Pattern, ...]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        out = list(self.by_word.get(word, ()))
        for n, table in self.by_prefix.items():
            if len(word) >= n:
                out.extend(table.get(word[:n], ()))
        if len(self._cache) > 200_000:  # news vocabulary is bounded; keep memory so too
            self._cache.clear()
        self._cache[word] = hit = tuple(out)
        return hit

    def find(self, words: list[str], stop: list[bool] | None = None) -> list[Match]:
        """All matches in `words`; `stop[i]` marks a clause break before word i (a gap may not cross it)."""
        found = []
        present = None
        cache = self._cache   # the word's patterns, asked of the cache here: most words have none
        for i, w in enumerate(words):
            cands = cache.get(w)
            if cands is None:
                cands = self.candidates(w)
            for p in cands:
                if p.required:
                    if present is None:
                        present = set(words)
                    if any(r.isdisjoint(present) for r in p.required):
                        continue
                pos = [i]
                ok = True
                for el in p.elements[1:]:
                    last = pos[-1]
                    hit = None
                    for j in range(last + 1, min(len(words), last + 2 + el.gap)):
                        if el.matches(words[j]):  # a clause-opening word may itself be the element
                            hit = j
                            break
                        if stop and stop[j] and j > last + 1:
                            break
                    if hit is None:
                        ok = False
                        break
                    pos.append(hit)
                if ok:
                    found.append(Match(p, pos))
        return found


def phrase_index(patterns: list[str], inflector: Inflector) -> PatternIndex:
    """Cue phrases (no event of their own) in one index."""
    idx = PatternIndex()
    for p in patterns:
        idx.add(compile_pattern(p, {}, inflector))
    return idx


def select(matches: list[Match]) -> list[Match]:
    """Keep the best match per trigger word: higher priority, then longer, then earlier."""
    # among equals a non-event phrase (type None) wins: "forces" the noun is not "to force"
    ranked = sorted(matches, key=lambda m: (-m.pattern.priority, -m.pattern.size,
                                            m.pattern.info.get("type", "") is not None, m.positions[0]))
    taken: set[int] = set()
    out = []
    for m in ranked:
        tp = set(m.trigger_positions)
        if tp & taken:
            continue
        # a kept match's context words are spoken for too: "lift .. (sanctions)" is no sanction
        taken |= set(m.positions)
        out.append(m)
    return sorted(out, key=lambda m: m.positions[0])
