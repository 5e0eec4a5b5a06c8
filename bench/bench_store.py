"""Store throughput: puts per second (one transaction each), searches per second, size on disk.

    .venv/bin/python bench/bench_store.py [--n 2000] [--corpus ../shared/corpus/news-dev/articles.jsonl]

Articles come from the news-dev corpus when it is there (read at run time, never copied), cycled
with a counter appended to make every text distinct; otherwise from synthetic Bengali/English text.
Records carry text only (no extraction), so this measures the store, not the pipeline.
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import unicodedata
from pathlib import Path

from khobor.record import Record, record_id
from khobor.store import open_store
from khobor.textutil import words

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
    recs = []
    for i in range(n):
        lang, title, body = src[i % len(src)]
        text = unicodedata.normalize("NFC", f"{title}\n{body}\n#{i}")
        recs.append(Record(id=record_id(text), text=text, title=title, language=lang,
                           url=f"https://bench.invalid/{i}"))
    return recs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()

    recs = make_records(args.n, args.corpus)
    mb = sum(len(r.text.encode()) for r in recs) / 1e6
    print(f"articles: {len(recs)} ({mb:.1f} MB of text) from {'corpus' if args.corpus.exists() else 'synthetic text'}")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        t = time.perf_counter()
        store = open_store(str(path))
        print(f"open+migrate fresh db: {1000 * (time.perf_counter() - t):.0f} ms")

        t = time.perf_counter()
        statuses = [store.put(r) for r in recs]
        dt = time.perf_counter() - t
        print(f"put (new): {len(recs) / dt:.0f} articles/s ({mb / dt:.2f} MB/s)  "
              f"stored={statuses.count('stored')}")

        t = time.perf_counter()
        for r in recs[:500]:
            store.put(r)
        dt = time.perf_counter() - t
        print(f"put (unchanged): {min(500, len(recs)) / dt:.0f} articles/s")

        rng = random.Random(7)
        vocab = [w for r in recs[:200] for _, _, w in words(r.text) if len(w) >= 3]
        queries = [" ".join(rng.sample(vocab, k=rng.choice((1, 1, 2)))) for _ in range(args.queries)]
        t = time.perf_counter()
        n_hits = sum(len(store.search(q, limit=20)) for q in queries)
        dt = time.perf_counter() - t
        print(f"search: {len(queries) / dt:.0f} queries/s, {1000 * dt / len(queries):.2f} ms/query, "
              f"mean hits {n_hits / len(queries):.1f} (limit 20)")

        t = time.perf_counter()
        n = sum(1 for _ in store.iter_records())
        print(f"iter_records: {n / (time.perf_counter() - t):.0f} records/s")
        store.close()
        print(f"db size: {path.stat().st_size / 1e6:.1f} MB (+wal {(Path(str(path) + '-wal')).stat().st_size / 1e6 if Path(str(path) + '-wal').exists() else 0:.1f} MB)")


if __name__ == "__main__":
    main()
