"""Rerun of an unchanged batch: `khobor ingest` twice over the same JSONL, wall time of each, in
fresh processes (start-up included, as a user meets it), into a throwaway store.

    .venv/bin/python bench/bench_rerun.py [--n 747] [--corpus ../shared/corpus/news-dev/articles.jsonl]

The first run extracts and stores every article; the second finds each input's digest in the store
(raw input + overrides + pipeline, `khobor.pipeline.raw_digest`) and extracts nothing. Goal: the
rerun at least 10x faster. The corpus is read at run time, never copied.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-dev" / "articles.jsonl"
KHOBOR = [sys.executable, "-m", "khobor.cli"]


def timed_ingest(batch: Path, db: Path) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([*KHOBOR, "ingest", str(batch), "--db", str(db), "-q"], capture_output=True, text=True,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})
    return time.perf_counter() - started, done.stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=747, help="articles from the corpus (default: all 747)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"no corpus at {args.corpus} (pass --corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        batch, db = Path(tmp) / "batch.jsonl", Path(tmp) / "k.db"
        with args.corpus.open(encoding="utf-8") as fh:
            batch.write_text("".join(line for _, line in zip(range(args.n), fh)), encoding="utf-8")
        first, first_summary = timed_ingest(batch, db)
        again, again_summary = timed_ingest(batch, db)
    print(f"load average: {os.getloadavg()[0]:.2f}")
    print(f"first run: {first:7.1f} s   {first_summary}")
    print(f"rerun:     {again:7.1f} s   {again_summary}")
    print(f"rerun is {first / again:.1f}x faster (goal >= 10x)")


if __name__ == "__main__":
    main()
