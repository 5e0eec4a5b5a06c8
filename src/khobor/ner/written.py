"""Entity-labelled sentences written for this project, as NER training sentences.

Two formats, both JSON Lines of our own text (no news article text):
- `entities` rows (training/events/<code>/*.jsonl): `text` plus `entities`, a list of verbatim
  surfaces with their type; every occurrence of a surface at token boundaries is a mention.
- `marked` rows (training/ner/<code>/*.jsonl, /work/annot/NERWRITER.md): `marked` holds the
  sentence with inline markup "[ঢাকার|GPE]".

Types map onto the model's labels through `types` in the pack's ner.yaml (`written:`); a type
mapped to null (FAC, EVT for bn) leaves its tokens *missing* (no gradient either way), because the
shared NER sets disagree on them. A sentence whose surface cannot be aligned to whole tokens is
dropped, never guessed.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .harmonise import Sentence

MARKUP = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")
MISSING = None  # a token tag that carries no label (spaCy's missing entity annotation)


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Inline markup -> (plain text, [(start, end, TYPE)]).

    >>> parse_marked("[রহিমকে|PER] দেখা")
    ('রহিমকে দেখা', [(0, 6, 'PER')])
    """
    out, spans, pos = [], [], 0
    for m in MARKUP.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(map(len, out))
        out.append(m.group(1))
        spans.append((start, start + len(m.group(1)), m.group(2)))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def align(text: str, spans: list[tuple[int, int, str]], tokenize: Callable[[str], list[tuple[str, int]]],
          types: dict[str, str | None], strict: bool) -> Sentence | None:
    """Token tags for char spans. A span inside a word is skipped unless `strict` (then the sentence
    is dropped: None); a span over whole tokens of an unmapped type leaves its tokens missing."""
    toks = tokenize(text)
    starts = {off: i for i, (_, off) in enumerate(toks)}
    ends = {off + len(w): i for i, (w, off) in enumerate(toks)}
    tags: list[str | None] = ["O"] * len(toks)
    for start, end, typ in spans:
        if start not in starts or end not in ends:
            if strict:
                return None
            continue
        i, j = starts[start], ends[end]
        label = types.get(typ)
        for k in range(i, j + 1):
            tags[k] = MISSING if label is None else ("B-" if k == i else "I-") + label
    return Sentence([w for w, _ in toks], tags)


def read_rows(paths: Iterable[Path]) -> Iterator[dict]:
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def load_written(paths: Iterable[Path], nlp, types: dict[str, str | None], stats: Counter) -> list[Sentence]:
    """Sentences from `entities` or `marked` rows; counts kept/dropped in `stats`."""
    def tokenize(text):
        return [(t.text, t.idx) for t in nlp.tokenizer(text) if not t.is_space]
    out = []
    for row in read_rows(paths):
        if "marked" in row:
            text, spans = parse_marked(unicodedata.normalize("NFC", row["marked"]))
        else:
            text = unicodedata.normalize("NFC", row.get("text", ""))
            spans = _word_spans(text, row.get("entities") or [], tokenize)
            if spans is None:
                stats["dropped: a surface not on token boundaries"] += 1
                continue
        sent = align(text, spans, tokenize, types, strict=True)
        if sent is None:
            stats["dropped: a surface not on token boundaries"] += 1
            continue
        sent.source = "written"
        stats["kept"] += 1
        stats["mentions"] += sum(1 for t in sent.tags if t and t.startswith("B-"))
        out.append(sent)
    return out


def _word_spans(text: str, entities: list[dict], tokenize) -> list[tuple[int, int, str]] | None:
    """Occurrences on token edges, longest first over overlaps; a surface with no such occurrence
    makes the row unusable (None). An occurrence inside a longer word is another inflected form,
    not a mention of this surface."""
    toks = tokenize(text)
    starts = {off for _, off in toks}
    ends = {off + len(w) for w, off in toks}
    found = []
    for ent in entities:
        surf = unicodedata.normalize("NFC", ent.get("text") or "").strip()
        if not surf:
            continue
        hits = [(m.start(), m.end(), ent.get("type", "")) for m in re.finditer(re.escape(surf), text)
                if m.start() in starts and m.end() in ends]
        if not hits:
            return None
        found += hits
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    kept: list[tuple[int, int, str]] = []
    for s in found:
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return sorted(kept)
