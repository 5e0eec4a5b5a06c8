"""The trigger lexicon: a pack's verb tables, its own triggers and its non-events compiled into
one PatternIndex, each pattern carrying what it codes (`Pattern.info`: type, mode, CAMEO code,
frame, confidence, ...).

The order is part of the lexicon: table patterns first (priority 1, a fallback below the pack's
own triggers at priority 2), then the triggers, then the non-events, which win over any trigger
on the same words and code nothing.
"""
from __future__ import annotations

import hashlib
import sys

from ..diskcache import cached, module_files
from . import crosswalk, patterns, schema
from .patterns import Element, Inflector, PatternIndex, compile_pattern, required_words
from .schema import FROM_CROSSWALK, EventsConfig, Trigger

TABLE_PRIORITY = 1
NON_EVENT_PRIORITY = 2


def trigger_index(cfg: EventsConfig, pack, inflector: Inflector) -> PatternIndex:
    """The pack's compiled trigger lexicon (`_built_index`), kept in the disk cache: compiling
    the English verb table (36,000 patterns) took 0.5-0.8 s at a process's first English article,
    and reading it back about half of that (a pack with learned triggers builds a second index
    for the proposer: a second entry). The entry is named by everything
    the build reads: the config, the verb tables' rows, the inflector's rules and irregular forms,
    and the code that compiles them; the irregular forms the tables add to `inflector` are kept
    with it and added back, as building does."""
    tables = [(name, pack.tsv(name)) for name in cfg.verb_tables]
    inputs = repr((cfg, tables, [(rx.pattern, forms) for rx, forms in inflector.rules], inflector.irregular))
    digest = hashlib.blake2b(inputs.encode(), digest_size=12).hexdigest()

    def build() -> tuple[PatternIndex, dict[str, list[str]]]:
        index = _sharing_equal_parts(_built_index(cfg, pack, inflector))
        return index, {k: list(v) for k, v in inflector.irregular.items()}
    index, irregular = cached(f"trigger-index-{getattr(pack, 'code', None)}",
                              [*module_files(sys.modules[__name__], patterns, schema, crosswalk), crosswalk.PATH],
                              build, extra=digest, keep=6)
    for lemma, forms in irregular.items():   # read back: the forms the tables add (a no-op after a build)
        inflector.add_irregular(lemma, forms)
    return index


def _built_index(cfg: EventsConfig, pack, inflector: Inflector) -> PatternIndex:
    lex = Lexicon(cfg, inflector)
    for table in cfg.verb_tables:
        lex.add_table(pack.tsv(table), table)
    for t in cfg.triggers:
        lex.add_trigger(t)
    # phrases that look like triggers but report no event ("submitted nomination papers",
    # "expressed condolences")
    for p in cfg.non_events:
        lex.index.add(compile_pattern(p, {"type": None}, inflector, NON_EVENT_PRIORITY, "non_events"))
    return lex.index


def _sharing_equal_parts(index: PatternIndex) -> PatternIndex:
    """`index` with equal `info` dicts (same items in the same order) made one object, and equal
    elements one object. Why: the English verb tables compile to 35,600 patterns that carry 308
    distinct infos and 3,700 distinct elements (93,000 in all); one object each makes the disk-cache
    entry less than half its size (10.2 -> 4.7 MB) and reading it back about 3x faster, at a
    process's first English article.
    Nothing changes a pattern's info or elements once compiled, so sharing them changes no match.
    Example: two patterns compiled from "@meet" with equal infos then have `a.info is b.info`."""
    infos: dict[str, dict] = {}
    elements: dict[tuple, Element] = {}
    seen: set[int] = set()
    for group in [*index.by_word.values(), *(g for table in index.by_prefix.values() for g in table.values())]:
        for p in group:
            if id(p) in seen:
                continue
            seen.add(id(p))
            p.info = infos.setdefault(repr(list(p.info.items())), p.info)
            p.elements = [elements.setdefault((e.exact, e.prefixes, e.context, e.gap), e) for e in p.elements]
            p.required = required_words(p.elements)   # the shared elements' word sets
    return index


class Lexicon:
    def __init__(self, cfg: EventsConfig, inflector: Inflector):
        self.cfg = cfg
        self.inflector = inflector
        self.index = PatternIndex()

    def info(self, t: Trigger) -> dict | None:
        """What a trigger codes, its type and mode from the crosswalk unless it says; None when
        its code has no PLOVER type."""
        cameo = t.cameo or None
        cw = crosswalk.lookup(cameo)
        etype = t.type or (cw.plover if cw else None)
        if not etype:
            return None
        mode = t.mode if t.mode != FROM_CROSSWALK else (cw.mode if cw and cw.plover == etype else None)
        return {"type": etype, "mode": mode, "cameo": cameo, "frame": t.frame or self.frame_for(cameo, etype),
                "confidence": t.confidence, "state_agent": t.state_agent, "if_own": t.if_own,
                "possessor": t.possessor}

    def frame_for(self, cameo: str | None, etype: str) -> str:
        """The frame `cameo_frames` gives the longest prefix of the code, else the type."""
        frames = self.cfg.cameo_frames
        if cameo:
            for n in range(len(cameo), 1, -1):
                if cameo[:n] in frames:
                    return frames[cameo[:n]]
        return frames.get(etype, "directed")

    def add_trigger(self, t: Trigger, source: str = "yaml") -> None:
        info = self.info(t)
        if info:
            for p in ([t.pattern] if isinstance(t.pattern, str) else t.pattern):
                self.index.add(compile_pattern(p, info, self.inflector, t.priority, source))

    def add_table(self, rows: list[dict], name: str) -> None:
        """A PETRARCH-style verb table: blocks of verbs sharing a default code and patterns."""
        conf = self.cfg.table_confidence
        skip = tuple(self.cfg.table_default_skip)
        # speech verbs code the reported event on the verb ("said ... attack" -> ASSAULT on "said");
        # our own triggers code the reported event on its own words instead
        skip_verbs = set(self.cfg.table_skip_verbs)
        for verbs, pats in self._blocks(rows).values():
            if any(lemma in skip_verbs for lemma, _ in verbs):
                continue
            for lemma, code in verbs:
                if code and not (skip and code.startswith(skip)):
                    self._add_table_pattern(f"@{lemma}", code, conf, name)
                for p in pats:
                    before = " ".join(f"({w}) .." for w in p["before"].split())
                    after = " ".join(f".. ({w})" for w in p["after"].split())
                    self._add_table_pattern(f"{before} @{lemma} {after}".strip(), p["cameo"], conf + 0.1, name)

    def _add_table_pattern(self, pattern: str, cameo: str, confidence: float, table: str) -> None:
        info = self.info(Trigger(pattern=pattern, cameo=cameo, confidence=confidence))
        if info:
            self.index.add(compile_pattern(pattern, info, self.inflector, TABLE_PRIORITY, table))

    def _blocks(self, rows: list[dict]) -> dict[str, tuple[list[tuple[str, str | None]], list[dict]]]:
        """block -> (its verbs with their own or the block's default code, its pattern rows);
        a verb's irregular forms (lemma:form,form) go to the inflector."""
        blocks: dict[str, tuple[list[tuple[str, str | None]], list[dict]]] = {}
        for r in rows:
            b = blocks.setdefault(r["block"], ([], []))
            if not r["verbs"]:
                b[1].append(r)
                continue
            default = r["cameo"] if r["cameo"] != "---" else None
            for v in r["verbs"].split():
                lemma, _, own = v.partition("=")
                lemma, _, forms = lemma.partition(":")
                if forms:
                    self.inflector.add_irregular(lemma, forms.split(","))
                b[0].append((lemma, own or default))
        return blocks
