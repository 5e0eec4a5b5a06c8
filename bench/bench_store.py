"""Store throughput on SQLite and PostgreSQL, side by side in one run: puts per second (one
transaction each), unchanged puts, search latency, and how far the two databases agree on hits.

    .venv/bin/python bench/bench_store.py [--n 2000] [--db sqlite,postgresql] [--corpus ../shared/corpus/news-dev/articles.jsonl]

Articles come from the news-dev corpus when it is there (read at run time, never copied), cycled
with a counter appended to make every text distinct; otherwise from synthetic Bengali/English text.
Each record carries the entities, quotes and events of a tests/desk_fixtures.py record (so the
facts triggers run too) but no extraction is done: this measures the store, not the pipeline.
PostgreSQL is a throwaway server (tests/pg_server.py) on loopback, fsync off, like the SQLite file
on the same disk with synchronous=NORMAL: compare the two, not the absolute figures.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import unicodedata
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from desk_fixtures import records as desk_records  # noqa: E402
from khobor.record import Record, record_id  # noqa: E402
from khobor.store import open_store  # noqa: E402
from khobor.textutil import words  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-dev" / "articles.jsonl"

SYNTH_BN = "কিম জং-উন পুতিনের সঙ্গে বৈঠক করেন। ঢাকার বাজারে চালের দাম বেড়েছে। নির্বাচন কমিশন নতুন তফসিল ঘোষণা করেছে।"
SYNTH_EN = "The president met the minister on Tuesday. Prices rose in the capital's markets. Talks will resume."


def source_articles(corpus: Path) -> list[tuple[str, str, str]]:
    """(language, title, text) tuples."""
    if corpus.exists():
        out = []
        with corpus.open(encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                if a.get("text"):
                    out.append((a.get("lang") or "bn", a.get("headline") or "", a["text"]))
        return out
    return [("bn", "খবর", SYNTH_BN * 20), ("en", "News", SYNTH_EN * 20)]


def make_records(n: int, corpus: Path) -> list[Record]:
    src = source_articles(corpus)
    facts = desk_records()
    recs = []
    for i in range(n):
        lang, title, body = src[i % len(src)]
        text = unicodedata.normalize("NFC", f"{title}\n{body}\n#{i}")
        fx = facts[i % len(facts)]
        recs.append(Record(id=record_id(text), text=text, title=title, language=lang, published=fx.published,
                           url=f"https://bench.invalid/{i}").model_copy(
            update={"entities": fx.entities, "quotes": fx.quotes, "events": fx.events}))
    return recs


def make_queries(recs: list[Record], n: int) -> list[str]:
    rng = random.Random(7)
    vocab = [w for r in recs[:200] for _, _, w in words(r.text) if len(w) >= 3]
    return [" ".join(rng.sample(vocab, k=rng.choice((1, 1, 2)))) for _ in range(n)]


def measure(url: str, recs: list[Record], queries: list[str]) -> dict:
    """Figures for one store: open, puts, unchanged puts, searches (and the hits, to compare)."""
    out: dict = {}
    t = time.perf_counter()
    store = open_store(url)
    out["open+migrate ms"] = 1000 * (time.perf_counter() - t)
    t = time.perf_counter()
    statuses = [store.put(r) for r in recs]
    out["put new /s"] = len(recs) / (time.perf_counter() - t)
    out["stored"] = statuses.count("stored")
    again = recs[:500]
    t = time.perf_counter()
    for r in again:
        store.put(r)
    out["put unchanged /s"] = len(again) / (time.perf_counter() - t)
    store.search(queries[0])  # warm: the actor registry (name queries) loads once per process
    times, hits = [], []
    for q in queries:
        t = time.perf_counter()
        hits.append([h.id for h in store.search(q, limit=20)])
        times.append(1000 * (time.perf_counter() - t))
    out["search ms (median)"] = statistics.median(times)
    out["search ms (p90)"] = statistics.quantiles(times, n=10)[-1]
    out["mean hits"] = sum(map(len, hits)) / len(hits)
    out["_hits"] = hits
    out["_all"] = [[h.id for h in store.search(q, limit=1_000_000)] for q in queries[:50]]
    store.close()
    return out


def agreement(a: list[list[str]], b: list[list[str]]) -> float:
    """Mean Jaccard overlap of the hit sets two stores return for the same queries."""
    scores = [len(set(x) & set(y)) / len(set(x) | set(y)) if (x or y) else 1.0 for x, y in zip(a, b)]
    return sum(scores) / len(scores)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--db", default="sqlite,postgresql", help="which stores, comma-separated")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()

    recs = make_records(args.n, args.corpus)
    queries = make_queries(recs, args.queries)
    mb = sum(len(r.text.encode()) for r in recs) / 1e6
    print(f"articles: {len(recs)} ({mb:.1f} MB of text) from {'corpus' if args.corpus.exists() else 'synthetic text'}, "
          f"{len(queries)} queries")
    results: dict[str, dict] = {}
    with ExitStack() as stack:
        for kind in args.db.split(","):
            if kind == "sqlite":
                url = str(Path(stack.enter_context(tempfile.TemporaryDirectory())) / "bench.db")
            else:
                from pg_server import throwaway_postgres
                url = stack.enter_context(throwaway_postgres()).new_database()
            results[kind] = measure(url, recs, queries)
    names = list(results)
    print(f"{'':22}" + "".join(f"{n:>14}" for n in names))
    for key in results[names[0]]:
        if not key.startswith("_"):
            print(f"{key:22}" + "".join(f"{results[n][key]:>14.1f}" for n in names))
    if len(names) == 2:
        a, b = results[names[0]], results[names[1]]
        print(f"every match agrees (mean Jaccard, first 50 queries): {agreement(a['_all'], b['_all']):.3f}")
        print(f"top 20 agree (mean Jaccard; ties among the cycled copies fall apart differently): "
              f"{agreement(a['_hits'], b['_hits']):.3f}")


if __name__ == "__main__":
    main()
