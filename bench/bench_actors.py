"""Speed and a precision eyeball of the actor stage on a JSONL corpus (default: news-dev).

    .venv/bin/python bench/bench_actors.py [../shared/corpus/news-dev/articles.jsonl] [--show N]
                                           [--ner [--limit N]]

Prints registry load time, sentences/s and characters/s of `actors.link.run` alone (no NER),
mentions per article, the share linked, and the most frequent surface -> actor pairs per
language so a reader can spot wrong links. With --ner the entities stage runs first (its time is
not counted) and the share and most frequent provisional actors ("new:...") are shown too.
Nothing of the corpus is written anywhere.
"""
from __future__ import annotations

import json
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import regex

from khobor import lang
from khobor.actors import link as actors
from khobor.record import Record, Span, record_id

SENT = regex.compile(r"[^\n।.!?]+[।.!?]?")


def main(argv: list[str]) -> int:
    show = 25
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    limit = None
    if "--limit" in argv:
        i = argv.index("--limit")
        limit = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    with_ner = "--ner" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared/corpus/news-dev/articles.jsonl"
    t = time.perf_counter()
    actors.get_registry()
    print(f"registry load: {time.perf_counter() - t:.2f} s")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:limit]
    recs = []
    for r in rows:
        text = unicodedata.normalize("NFC", "\n".join(x for x in (r.get("headline"), r.get("text")) if x))
        sents = [Span(start=m.start(), end=m.end()) for m in SENT.finditer(text)]
        pub = (r.get("publication_date") or r.get("scraped_at") or "")[:10] or None
        recs.append(Record(id=record_id(text), text=text, language=r.get("lang"), published=pub, sentences=sents))
    if with_ner:
        from khobor.ner import entities
        for rec in recs:
            entities.run(rec, lang.load_or_none(rec.language))
    n_sent = sum(len(r.sentences) for r in recs)
    n_char = sum(len(r.text) for r in recs)
    t = time.perf_counter()
    for rec in recs:
        actors.run(rec, lang.load_or_none(rec.language))
    dt = time.perf_counter() - t
    print(f"{len(recs)} articles, {n_sent} sentences, {n_char} chars in {dt:.2f} s: "
          f"{n_sent / dt:.0f} sentences/s, {n_char / dt / 1000:.0f} k chars/s")
    for code in sorted({r.language for r in recs}):
        ents = [e for r in recs if r.language == code for e in r.entities]
        linked = [e for e in ents if e.actor]
        print(f"\n[{code}] {len(ents)} mentions, {len(linked) / max(1, len(ents)):.0%} linked, "
              f"{len({e.actor.id for e in linked})} distinct actors")
        prov = [e for e in linked if getattr(e.actor, "provisional", False)]
        if prov:
            print(f"  provisional: {len(prov)} mentions ({len(prov) / max(1, len(ents)):.0%}), "
                  f"{len({e.actor.id for e in prov})} actors; most frequent:")
            for (surface, actor), n in Counter((e.text, e.actor.name) for e in prov).most_common(min(show, 10)):
                print(f"  {n:5d}  {surface} -> {actor} (new)")
        pairs = Counter((e.text, e.actor.name if e.actor else None, e.type) for e in ents)
        for (surface, actor, typ), n in pairs.most_common(show):
            print(f"  {n:5d}  {surface} -> {actor} [{typ}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
