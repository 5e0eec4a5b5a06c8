"""Exports of a large store in bounded memory: `khobor export --what events` as Parquet and CSV in a
child process each, with rows, seconds and peak RSS; the same for a smaller store shows whether
memory grows with the store. A baseline tree (`--baseline-src`) exports its own copy alike.

    .venv/bin/python bench/make_store.py --articles 100000 --db /tmp/desk100k.db     # once
    .venv/bin/python bench/make_store.py --articles 4000 --db /tmp/desk4k.db
    .venv/bin/python bench/bench_desk.py --db /tmp/desk100k.db --small-db /tmp/desk4k.db [--baseline-src OLD/src]

API latency under load is bench/bench_api.py.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_api import copy_store  # noqa: E402


def export_peak(src: str, db: str, fmt: str, what: str = "events") -> str:
    """One export in a child process under /usr/bin/time: 'N rows, S s, peak RSS M MB'."""
    out = Path(tempfile.mkdtemp()) / f"export.{fmt}"
    env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1"}
    run = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M", sys.executable, "-m", "khobor.cli", "export",
                          "--db", db, "--what", what, "--format", fmt, "-o", str(out)],
                         env=env, capture_output=True, text=True, check=True)
    seconds, kb = re.search(r"TIME ([\d.]+) (\d+)", run.stderr).groups()
    rows = re.search(r"exported (\d+)", run.stderr).group(1)
    size = out.stat().st_size / 1e6
    out.unlink()
    return f"{int(rows):>7,} rows  {float(seconds):6.1f} s  peak RSS {int(kb) / 1024:5.0f} MB  ({size:.1f} MB file)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="The large store (bench/make_store.py)")
    ap.add_argument("--small-db", help="A smaller store of the same kind, to show memory does not grow")
    ap.add_argument("--baseline-src", help="The src/ folder of the code to compare with")
    args = ap.parse_args()
    trees = [("this tree", str(ROOT / "src"), {})]
    if args.baseline_src:
        trees.insert(0, ("baseline", str(Path(args.baseline_src).resolve()), {"copy": True}))
    for fmt in ("parquet", "csv"):
        for name, src, opts in trees:
            for db in filter(None, (args.small_db, args.db)):
                if opts.get("copy"):  # the baseline may not know this tree's newest schema
                    copy = str(Path(db).with_suffix(".baseline.db"))
                    if not Path(copy).exists():
                        copy_store(db, copy)
                    db = copy
                print(f"events -> {fmt:7s} {name:9s} {Path(db).name:24s} {export_peak(src, db, fmt)}", flush=True)


if __name__ == "__main__":
    main()
