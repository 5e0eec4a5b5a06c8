"""Hostile inputs beside good files: wall time and peak memory of `khobor ingest` over a batch
with a gzip bomb (1 GB of zeros in a < 2 MB .warc.gz), a link to /dev/zero, a FIFO, a non-WARC
.gz, an endless JSON Lines row and two good articles, against the same batch without the hostile
files, in fresh processes, same run.

    .venv/bin/python bench/bench_hostile.py [--bomb-mb 1024]
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

GOOD = "Police arrested five men in Dhaka on Monday, officials said. The men were taken to court."


def write_bomb(path: Path, inflated_mb: int) -> None:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/bomb\r\n"
            b"Content-Length: " + str(len(http) + (inflated_mb << 20)).encode() + b"\r\n\r\n" + http)
    packer, zeros = zlib.compressobj(9, zlib.DEFLATED, 31), bytes(1 << 20)
    with path.open("wb") as out:
        out.write(packer.compress(head))
        for _ in range(inflated_mb):
            out.write(packer.compress(zeros))
        out.write(packer.flush())


def ingest(folder: Path, db: Path) -> tuple[float, float, str]:
    """(seconds, peak RSS MB of the child, summary line)"""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "khobor.cli", "ingest", str(folder), "--db", str(db), "-q"],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "OMP_NUM_THREADS": "1"})
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, done.stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bomb-mb", type=int, default=1024, help="what the bomb inflates to (MB)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        good, hostile = Path(tmp) / "good", Path(tmp) / "hostile"
        for folder in (good, hostile):
            folder.mkdir()
            (folder / "a.txt").write_text(GOOD, encoding="utf-8")
            (folder / "b.txt").write_text(GOOD.replace("five", "six"), encoding="utf-8")
        write_bomb(hostile / "bomb.warc.gz", args.bomb_mb)
        (hostile / "zero.txt").symlink_to("/dev/zero")
        os.mkfifo(hostile / "pipe.txt")
        (hostile / "notes.gz").write_bytes(gzip.compress(b"notes\n" * 100))
        with gzip.open(hostile / "rows.jsonl.gz", "wb") as out:
            out.write(b'{"text": "' + b"a" * (50 << 20) + b'"}\n')
        base = ingest(good, Path(tmp) / "good.db")
        bad = ingest(hostile, Path(tmp) / "hostile.db")
        size = (hostile / "bomb.warc.gz").stat().st_size / 1e6
    print(f"load average: {os.getloadavg()[0]:.2f}; bomb: {size:.1f} MB on disk -> {args.bomb_mb} MB inflated")
    print(f"good files only:      {base[0]:5.1f} s   peak {base[1]:6.0f} MB   {base[2]}")
    print(f"with hostile files:   {bad[0]:5.1f} s   peak {bad[1]:6.0f} MB   {bad[2]}")
    print("(peak is the largest child so far: the second figure is the max of both runs)")


if __name__ == "__main__":
    main()
