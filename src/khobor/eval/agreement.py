"""Agreement between two annotators of one article, scored like a system against the gold.

The second annotator's file becomes a record (each surface an entity mention, each quote the
sentence around its words, each event its first type with its countries) and is scored against
the first annotator's file with the shared scorer, so agreement reads on the same scale as the
system's figures: the F1 a perfect system could not beat by more than the annotators' disagreement.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .corpus import default_shared, load_article
from .runner import default_eval_dir
from .scoring import Tally, load_scorer
from .standoff import to_working

_SENTENCE_END = re.compile(r"[।!?.\n]")


def _window(text: str, words: str) -> str:
    """The sentence (or sentences) of the article that hold these words."""
    at = text.find(words)
    if at < 0:
        return words
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end_match = _SENTENCE_END.search(text, at + len(words))
    return text[start:end_match.end() if end_match else len(text)]


def as_record(second: dict, article: dict) -> dict:
    """A working gold file seen as the record a perfect extractor of its annotator would print."""
    text = article.get("text") or ""
    s = second.get("structure") or {}
    boilerplate = [b for b in s.get("boilerplate") or [] if b]
    clean = text
    for b in boilerplate:
        clean = clean.replace(b, " ")
    captions = [{"kind": "caption", "start": max(0, clean.find(c["starts"])), "end": len(clean),
                 "credit": c.get("credit")} for c in s.get("captions") or [] if c.get("starts")]
    def actor(name, country=None):
        return {"name": name, "country": country}
    return {
        "title": s.get("headline") or "",
        "text": clean,
        "blocks": captions,
        "byline": {"authors": (s.get("byline") or {}).get("authors") or [],
                   "agencies": (s.get("byline") or {}).get("agencies") or []},
        "entities": [{"text": surface, "actor": actor(e["canonical"], e.get("country"))}
                     for e in second.get("entities") or [] for surface in e.get("surfaces") or []],
        "times": [{"text": t["text"], "value": t.get("value")} for t in second.get("times") or []],
        "quotes": [{"text": _window(text, q["contains"]), "speaker": {"actor": actor(q.get("speaker") or "")}}
                   for q in second.get("quotes") or []],
        "events": [{"type": ev["types"][0],
                    "actors": [actor("", c) for c in ev.get("actor") or []],
                    "recipients": [actor("", c) for c in ev.get("recipient") or []]}
                   for ev in second.get("events") or [] if ev.get("types")],
        "published": second.get("published_for_resolution"),
    }


def agreement_table(eval_dir: Path | None = None, shared: Path | None = None) -> tuple[dict, int]:
    """Agreement of the doubly annotated articles (eval/agreement/ID.a.json against ID.b.json,
    both as annotated, before adjudication), per layer and language, on the scorer's scale."""
    eval_dir, shared = Path(eval_dir or default_eval_dir()), Path(shared or default_shared())
    score = load_scorer(shared)
    tally, pairs = Tally(), 0
    for first in sorted((eval_dir / "agreement").glob("*.a.json")):
        second = first.with_name(first.name[:-len(".a.json")] + ".b.json")
        if not second.is_file():
            continue
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
        article = load_article(a["article"], shared)
        gold_a, gold_b = to_working(a, article), to_working(b, article)
        tally.add_article(a.get("language") or "bn", score, gold_a, as_record(gold_b, article))
        pairs += 1
    return tally.table(), pairs
