"""Time-expression throughput: articles/s of the times stage alone.

    python bench/bench_times.py [--limit 0] [--repeat 3]

Articles are the real texts of ../shared/corpus/news-dev (Bengali and English), cleaned once by the
cleaner; the timed part is exactly `khobor.times.expressions.run`. The news-dev rows carry no
publication date, so each is anchored on the day it was scraped (as a reader would do with a
crawl date) to exercise resolution. Skips cleanly when ../shared is absent. Prints articles/s,
characters/s and times found per language, and the grammar compile time.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from khobor import lang
from khobor.clean import structure
from khobor.times import expressions as times
from khobor.ingest.jsonl import row_to_article

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "corpus" / "news-dev" / "articles.jsonl"


def records(limit: int):
    out = []
    for i, line in enumerate(NEWS.open(encoding="utf-8")):
        if limit and len(out) >= limit:
            break
        row = json.loads(line)
        try:
            rec = structure.build_record(row_to_article(row, f"{NEWS.name}#{i}"))
        except Exception:
            continue
        if not rec.published and row.get("scraped_at"):
            rec.published = row["scraped_at"][:10]
        out.append((rec, lang.load_or_none(rec.language)))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="articles to use (0 = all)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    args = ap.parse_args(argv)
    if not NEWS.exists():
        print(f"skip: {NEWS} not found")
        return 0
    recs = records(args.limit)
    t0 = time.perf_counter()
    for code in sorted({r.language for r, p in recs if p is not None}):
        times.grammar_for(lang.load(code))
    print(f"grammar compile: {time.perf_counter() - t0:.2f}s")

    by_lang: dict[str, list] = defaultdict(list)
    for rec, pack in recs:
        by_lang[rec.language or "?"].append((rec, pack))
    print(f"{'lang':<5} {'articles':>8} {'art/s':>8} {'kchar/s':>8} {'times':>6} {'per art':>8}")
    total_n = total_t = 0.0
    kinds: Counter = Counter()
    for code, items in sorted(by_lang.items()):
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t = time.perf_counter()
            for rec, pack in items:
                times.run(rec, pack)
            best = min(best, time.perf_counter() - t)
        n_times = sum(len(rec.times) for rec, _ in items)
        chars = sum(len(rec.text) for rec, _ in items)
        for rec, _ in items:
            for tx in rec.times:
                v = tx.value or ""
                kinds["clock" if "T" in v else "week" if "W" in v else "decade" if len(v) == 3 else
                      {4: "year", 7: "month", 10: "day"}.get(len(v), "other")] += 1
        print(f"{code:<5} {len(items):>8} {len(items) / best:>8.1f} {chars / best / 1000:>8.0f} {n_times:>6} {n_times / len(items):>8.1f}")
        total_n += len(items)
        total_t += best
    print(f"{'all':<5} {int(total_n):>8} {total_n / total_t:>8.1f}")
    print("values by granularity:", dict(kinds.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
