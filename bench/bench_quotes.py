"""Quote attribution throughput: articles/s of the quotes stage alone.

    python bench/bench_quotes.py [--limit 0] [--repeat 3]

Articles are the real texts of ../shared/corpus/news-dev (Bengali and English) and
../shared/corpus/voa (English), cleaned once by the cleaner; the entities and actors stages run
once beforehand when they can (a missing model or registry is reported and skipped), so the timed
part is exactly `khobor.quotes.attribution.run`. Skips cleanly when ../shared is absent. Prints
articles/s and quotes found per language, and the quote kinds.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from khobor import lang
from khobor.clean import structure
from khobor.actors import link as actors
from khobor.quotes import attribution as quotes
from khobor.ner import entities
from khobor.ingest.jsonl import row_to_article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = [CORPUS / "news-dev" / "articles.jsonl", CORPUS / "voa" / "voa_stories.jsonl"]


def records(limit: int, with_entities: bool):
    out = []
    failed = set()
    for path in SOURCES:
        for i, line in enumerate(path.open(encoding="utf-8")):
            row = json.loads(line)
            row.setdefault("lang", "en")
            try:
                rec = structure.build_record(row_to_article(row, f"{path.name}#{i}"))
            except Exception:
                continue
            pack = lang.load_or_none(rec.language)
            for stage in (entities, actors) if with_entities else ():
                if stage.__name__ in failed:
                    continue
                try:
                    stage.run(rec, pack)
                except Exception as exc:  # another layer not ready: time quotes without it
                    print(f"note: {stage.__name__} skipped ({type(exc).__name__}: {exc})", file=sys.stderr)
                    failed.add(stage.__name__)
            out.append((rec, pack))
            if limit and len(out) >= limit:
                return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="articles (0: all)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-entities", action="store_true", help="do not run the NER/actors stages first")
    args = ap.parse_args()
    if not all(p.exists() for p in SOURCES):
        print("skip: ../shared/corpus is not beside the checkout")
        return 0
    recs = records(args.limit, not args.no_entities)
    by_lang = Counter(r.language for r, _ in recs)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for rec, pack in recs:
            quotes.run(rec, pack)
        best = min(best, time.perf_counter() - t0)
    n_quotes = Counter(r.language for r, _ in recs for _q in r.quotes)
    kinds = Counter(q.kind for r, _ in recs for q in r.quotes)
    with_speaker = sum(1 for r, _ in recs for q in r.quotes if q.speaker and q.speaker.actor)
    total = sum(n_quotes.values())
    print(f"articles: {len(recs)} ({', '.join(f'{k}={v}' for k, v in sorted(by_lang.items()))})")
    print(f"quotes stage: {len(recs) / best:.1f} articles/s (best of {args.repeat}, {best:.2f}s)")
    print(f"quotes: {total} ({', '.join(f'{k}={v}' for k, v in sorted(n_quotes.items()))}); "
          f"kinds: {dict(kinds)}; with a resolved speaker actor: {with_speaker}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
