"""The cleaning rules of the language packs, compiled once.

Boilerplate patterns of every pack apply to every article: scrapers mix languages ("Source link"
under a Bengali story). Caption, byline and sentence grammar come from the article's own pack,
with the others as fallback."""
from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .. import lang
from ..ingest.dates import published_marker
from ..textutil import sentence_terminators


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _whole(patterns: list[str]) -> regex.Pattern | None:
    pats = [_nfc(p) for p in patterns]
    return regex.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in pats) + r")\s*$", regex.I) if pats else None


def _any(patterns: list[str], flags=0) -> regex.Pattern | None:
    pats = [_nfc(p) for p in patterns]
    return regex.compile("|".join(f"(?:{p})" for p in pats), flags) if pats else None


class Alternation:
    """`rx.finditer(text)` and `rx.sub(repl, text)` of rx = `_any(parts)`, the same matches, found
    from each part's own search. Why: regex finds where a lone pattern may start by its literal
    lead ("প্রকাশ") or its anchor ("^"), but tries an alternation's every part at every position:
    over news-dev's 747 texts the header patterns took 0.42 s as one alternation and 0.01 s by
    their parts' own searches (commit 69d4c512). The alternation matches first where some part
    does, there by its first part that matches (`rx.match` at that start), so the matches are the
    same.
    Example: Alternation(["^a", "b"]).finditer("abab") -> the matches of "a" at 0 and "b" at 1, 3."""

    def __init__(self, patterns: list[str]):
        self.rx = _any(patterns)
        self.parts = [regex.compile(_nfc(p)) for p in patterns]

    def __eq__(self, other) -> bool:
        """The same patterns, as a copy read back from the disk cache has them."""
        return isinstance(other, Alternation) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(tuple(self._key()))

    def _key(self) -> list:
        return [(part.pattern, part.flags) for part in self.parts]

    def finditer(self, text: str) -> list:
        found, pos = [], 0
        nexts = [part.search(text) for part in self.parts]
        while True:
            starts = [m.start() for m in nexts if m is not None]
            if not starts:
                return found
            m = self.rx.match(text, min(starts))
            if m is None or m.end() == m.start():   # an empty match or a part that differs alone
                return list(self.rx.finditer(text))
            found.append(m)
            pos = m.end()
            nexts = [n if n is None or n.start() >= pos else part.search(text, pos)
                     for n, part in zip(nexts, self.parts)]

    def sub(self, repl: str, text: str) -> str:
        """`rx.sub(repl, text)` for a `repl` without escapes."""
        if "\\" in repl:
            return self.rx.sub(repl, text)
        pieces, pos = [], 0
        for m in self.finditer(text):
            pieces += [text[pos:m.start()], repl]
            pos = m.end()
        return "".join(pieces) + text[pos:]


@dataclass
class Rules:
    boiler_line: regex.Pattern | None
    boiler_inline: list[regex.Pattern]
    boiler_inline_names: list[str]     # where each inline pattern is written ("bn clean.yaml #6")
    # a whole line announcing related-story links ("আরও পড়ুন"); related.headlines_after_marker
    related_marker: regex.Pattern | None
    signoff: regex.Pattern | None
    header: Alternation | None
    credit_marker: regex.Pattern
    credit_tails: list[regex.Pattern]
    credit_plain: dict[str, str]
    source_line: regex.Pattern | None
    attribution_words: set[str]
    name_split: regex.Pattern
    desk_words: set[str]
    agencies: list[tuple[str, regex.Pattern]]
    terminators: str                  # every pack's sentences.terminators ("।॥?!.")
    abbreviations: frozenset[str]
    sentence_starters: frozenset[str]
    title_max: int = 200
    agency_any: regex.Pattern | None = field(default=None)
    published_marker: regex.Pattern | None = field(default=None)   # words before a visible publication date
    # a word of the article's own pack that opens sentences, capitalised after a word with no stop
    # between (a related headline glued to the sentence; related.glued_opener_cut), and the words
    # after which it opens a name instead ("on The Daily Star")
    glued_opener: regex.Pattern | None = field(default=None)
    glued_not_after: frozenset[str] = field(default=frozenset())
    # words a related headline never opens with, and words it leaves out (related.trailing_headline)
    headline_never_first: frozenset[str] = field(default=frozenset())
    headline_left_out: frozenset[str] = field(default=frozenset())
    headline_never_last: frozenset[str] = field(default=frozenset())   # related.best_cut: "... while"
    # a past tense with an object or "to" after it, which a sentence has and a headline leaves out
    # (related.looks_like_headline: "Officials declined to comment")
    finite_past: regex.Pattern | None = field(default=None)
    # a past tense with a name after it, its object ("Pakistan slowed South Africa"): a sentence's
    # grammar, so a related-headline cut across it is body text (related.best_cut)
    past_before_name: regex.Pattern | None = field(default=None)

    def canonical_agency(self, text: str) -> str | None:
        """The canonical wire/photo agency named by `text` as a whole ("রয়টার্সের" -> "Reuters")."""
        t = _nfc(text).strip(" .,;:()[]-–—।'\"")
        for name, pat in self.agencies:
            if pat.fullmatch(t):
                return name
        return None

    def agencies_in(self, text: str) -> list[str]:
        """Canonical agencies named anywhere in `text`, in order, once each."""
        found: list[str] = []
        if not self.agency_any:
            return found
        for m in self.agency_any.finditer(text):  # callers pass NFC text
            name = self.canonical_agency(m.group())
            if name and name not in found:
                found.append(name)
        return found


# every section of clean.yaml and the keys it may hold; anything else is a typo, refused at load
CLEAN_KEYS = {
    "boilerplate": {"lines", "inline", "signoff", "header", "related_markers"},
    "caption": {"credit_markers", "credit_tails", "credit_words_without_agency"},
    "byline": {"attribution_words", "name_joiners", "source_lines", "desk_words"},
    "dates": {"published_markers"},
    "sentences": {"terminators", "abbreviations", "sentence_starters", "glued_openers", "glued_openers_not_after"},
    "title": {"max_chars"},
    "related_headlines": {"never_first", "left_out_words", "past_tense_endings", "past_tense_words",
                          "past_tense_objects", "not_past_tense", "never_last"},
}


def checked_clean_yaml(pack: lang.LangPack) -> dict:
    """The pack's clean.yaml, its keys checked against CLEAN_KEYS: a section "sentence:" (for
    "sentences:") is a ValueError naming the file and the key."""
    cfg = pack.yaml("clean", {}) or {}
    where = pack.file("clean.yaml")
    for section, body in cfg.items():
        if section not in CLEAN_KEYS:
            raise ValueError(f"{where}: unknown section {section!r} (known: {', '.join(sorted(CLEAN_KEYS))})")
        unknown = sorted(set(body or {}) - CLEAN_KEYS[section])
        if unknown:
            raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)} in {section!r} "
                             f"(known: {', '.join(sorted(CLEAN_KEYS[section]))})")
    return cfg


def _packs_first(code: str | None) -> list[lang.LangPack]:
    codes = lang.available()
    if code in codes:
        codes.remove(code)
        codes.insert(0, code)
    return [lang.load(c) for c in codes]


@lru_cache(maxsize=None)
def rules_for(code: str | None) -> Rules:
    """The Rules of an article in language `code` (None: no language known), read back from the
    disk cache while every pack's clean.yaml and agencies.yaml and the code that compiles them are
    unchanged. Why: compiling its ~100 patterns was a twentieth of a warm start, twice (the
    article's language, and None for the times layer's abbreviations). A code without a pack
    builds what None does, so it is kept as None's entry (not one entry per code a detector gives)."""
    from .. import textutil
    from ..diskcache import cached, module_files
    from ..ingest import dates
    codes = lang.available()
    sources = [lang.load(c).file(name) for c in codes for name in ("clean.yaml", "agencies.yaml")]
    code_files = module_files(sys.modules[__name__], dates, textutil, lang)   # lang: how a pack file is read
    return cached(f"clean-rules-{code if code in codes else None}", [*sources, *code_files],
                  lambda: _built_rules(code))


def _built_rules(code: str | None) -> Rules:
    """`rules_for(code)` compiled from the packs."""
    packs = _packs_first(code)
    cfgs = [checked_clean_yaml(p) for p in packs]
    own = cfgs[0] if cfgs else {}

    def gather(*keys) -> list:
        out = []
        for c in cfgs:
            node = c
            for k in keys:
                node = (node or {}).get(k) if isinstance(node, dict) else None
            out += node or []
        return out

    agencies, alias_pats = _agency_patterns(packs)
    headlines = own.get("related_headlines") or {}
    plain: dict[str, str] = {}
    for c in cfgs:
        for k, v in ((c.get("caption") or {}).get("credit_words_without_agency") or {}).items():
            plain[_nfc(k).lower()] = v
    return Rules(
        boiler_line=_whole(gather("boilerplate", "lines")),
        related_marker=_whole(gather("boilerplate", "related_markers")),
        # one by one: an alternation of them all is several times slower (no literal prefix to scan for)
        boiler_inline=[regex.compile(_nfc(p)) for p in gather("boilerplate", "inline")],
        boiler_inline_names=[f"{p.code} clean.yaml #{i}" for p, c in zip(packs, cfgs)
                             for i, _ in enumerate(((c.get("boilerplate") or {}).get("inline") or []), 1)],
        signoff=_any(gather("boilerplate", "signoff")),
        header=Alternation(gather("boilerplate", "header")) if gather("boilerplate", "header") else None,
        credit_marker=_any(gather("caption", "credit_markers")) or regex.compile(r"(?!x)x"),
        credit_tails=[regex.compile(_nfc(p)) for p in gather("caption", "credit_tails")],
        credit_plain=plain,
        source_line=_any(gather("byline", "source_lines")),
        attribution_words={_nfc(w).lower() for w in gather("byline", "attribution_words")},
        # author lists split at punctuation and at every pack's joining words, as whole words
        name_split=regex.compile(r"\s*(?:[,;&]|" + "".join(
            rf"|(?<![\p{{L}}\p{{M}}]){regex.escape(_nfc(w))}(?![\p{{L}}\p{{M}}])" for w in gather("byline", "name_joiners"))[1:]
            + r")\s*"),
        desk_words={_nfc(w).lower() for w in gather("byline", "desk_words")},
        agencies=agencies,
        terminators=sentence_terminators(),
        abbreviations=frozenset(_nfc(a) for a in gather("sentences", "abbreviations")),
        sentence_starters=frozenset(_nfc(w) for w in gather("sentences", "sentence_starters")),
        title_max=(own.get("title") or {}).get("max_chars", 200),
        agency_any=regex.compile("|".join(alias_pats)) if alias_pats else None,
        published_marker=published_marker(code),
        glued_opener=_glued_opener((own.get("sentences") or {}).get("glued_openers") or []),
        glued_not_after=frozenset(_nfc(w).lower() for w in (own.get("sentences") or {}).get("glued_openers_not_after") or []),
        headline_never_first=frozenset(_nfc(w) for w in headlines.get("never_first") or []),
        headline_left_out=frozenset(_nfc(w).lower() for w in headlines.get("left_out_words") or []),
        headline_never_last=frozenset(_nfc(w).lower() for w in headlines.get("never_last") or []),
        finite_past=_finite_past(headlines),
        past_before_name=_past_before_name(headlines),
    )


def _agency_patterns(packs: list) -> tuple[list[tuple[str, regex.Pattern]], list[str]]:
    """Each pack's wire agencies (agencies.yaml): (canonical name, its pattern) pairs, and the same
    patterns as whole words, for one alternation of them all."""
    agencies: list[tuple[str, regex.Pattern]] = []
    alias_pats: list[str] = []
    for p in packs:
        for name, pats in (p.yaml("agencies", {}) or {}).items():
            for pat in pats:
                # whole-word: Bengali words continue with letters and marks, so look at \p{L}\p{M}
                wrapped = rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_nfc(pat)})(?![\p{{L}}\p{{M}}\p{{N}}])"
                agencies.append((name, regex.compile(_nfc(pat))))
                alias_pats.append(wrapped)
    return agencies, alias_pats


def _finite_past(section: dict) -> regex.Pattern | None:
    """A verb in the past tense (a word with one of `past_tense_endings`, or one of
    `past_tense_words`, but none of `not_past_tense`) followed by one of `past_tense_objects`, as
    whole words, any case. A present tense that only ends like a past ("need", "proceed") is what
    headlines write, so it does not mark a body sentence.

    >>> rx = _finite_past({"past_tense_endings": ["ed"], "past_tense_objects": ["to"], "not_past_tense": ["need"]})
    >>> rx.search("Officials declined to comment")[0], rx.search("What you need to know")
    ('declined to', None)
    """
    objects = [regex.escape(_nfc(w)) for w in section.get("past_tense_objects") or []]
    not_past_rx, verbs = _past_tense_parts(section, r"\p{L}{2,}")
    if not verbs or not objects:
        return None
    return regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}]){not_past_rx}(?:{verbs}) (?:{'|'.join(objects)})(?![\p{{L}}\p{{M}}])")


def _past_tense_parts(section: dict, stem: str) -> tuple[str, str]:
    """The lookahead that refuses `not_past_tense` and the alternation of past-tense verbs (`stem`
    then one of `past_tense_endings`, or one of `past_tense_words`) that `_finite_past` and
    `_past_before_name` both build on; "" for the verbs when the section names none.

    >>> _past_tense_parts({"past_tense_endings": ["ed"], "not_past_tense": ["need"]}, "x+")
    ('(?!(?:need) )', 'x+(?:ed)')
    """
    not_past = [regex.escape(_nfc(w)) for w in section.get("not_past_tense") or []]
    endings = [regex.escape(_nfc(e)) for e in section.get("past_tense_endings") or []]
    words = [regex.escape(_nfc(w)) for w in section.get("past_tense_words") or []]
    verbs = [rf"{stem}(?:{'|'.join(endings)})"] if endings else []
    verbs += [f"(?:{'|'.join(words)})"] if words else []
    not_past_rx = rf"(?!(?:{'|'.join(not_past)}) )" if not_past else ""
    return not_past_rx, "|".join(verbs)


def _past_before_name(section: dict) -> regex.Pattern | None:
    """A verb in the past tense written in lower case (a word with one of `past_tense_endings`, or
    one of `past_tense_words`, but none of `not_past_tense`) followed by a capitalised word, the
    name it takes as object: a sentence writes "Pakistan slowed South Africa", a headline the
    present ("Pakistan slow South Africa") or a passive with a preposition ("Two arrested in
    Dhaka"). A capitalised past opening a head ("Jailed leader ...") is an adjective, not matched.

    >>> rx = _past_before_name({"past_tense_endings": ["ed"], "not_past_tense": ["need"]})
    >>> rx.search("The club welcomed Bayern to Paris")[0], rx.search("Two arrested in Dhaka")
    ('welcomed B', None)
    """
    not_past_rx, verbs = _past_tense_parts(section, r"\p{Ll}\p{L}+")
    if not verbs:
        return None
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}-]){not_past_rx}(?:{verbs}) \p{{Lu}}")


def _glued_opener(words: list[str]) -> regex.Pattern | None:
    """A sentence-opening word of `words` right after a word and one space (no stop between).

    >>> _glued_opener(["Regarding"]).search("on final day Regarding the posters").start()
    12
    """
    if not words:
        return None
    alt = "|".join(regex.escape(_nfc(w)) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<=[\p{{L}}\p{{M}}\d'’-]) (?:{alt})(?=\s)")
