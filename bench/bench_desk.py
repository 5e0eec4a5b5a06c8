"""The analyst's desk under load: a store of N generated articles, then
  1. export of every event to Parquet in a child process: rows, seconds, peak RSS;
  2. p50 / p95 latency of search, event and actor-timeline requests from C concurrent clients
     against `khobor serve` on loopback (127.0.0.1 only; a bounded number of requests).

    .venv/bin/python bench/bench_desk.py --articles 100000      # the issue's size (a long build)
    .venv/bin/python bench/bench_desk.py --articles 10000 --db /tmp/desk10k.db

Articles are the test fixtures (tests/desk_fixtures.py, written for the tests) varied: each copy
gets its own closing line, date and actors from a pool of ACTORS ids, so ids, dates and actor
filters spread as in a real store. A --db that already holds articles is reused as it is.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from desk_fixtures import records  # noqa: E402
from khobor.record import Actor, record_id  # noqa: E402
from khobor.store import open_store  # noqa: E402

ACTORS = 500
START = date(2023, 1, 1)


def varied(i: int, base):
    """The i-th generated article: a fixture with its own last line, day and actors."""
    text = base.text + f"\n#{i}"
    day = (START + timedelta(days=i % 730)).isoformat()
    pool = [Actor(id=f"bench-actor-{(i * 7 + k) % ACTORS}", name=f"Actor {(i * 7 + k) % ACTORS}", country="BGD")
            for k in range(2)]
    events = [e.model_copy(update={"actors": pool[:1], "recipients": pool[1:], "date": day}) for e in base.events]
    quotes = [q.model_copy(update={"speaker": q.speaker.model_copy(update={"actor": pool[0]})}) if q.speaker else q
              for q in base.quotes]
    ents = [e.model_copy(update={"actor": pool[n % 2]}) if e.actor else e for n, e in enumerate(base.entities)]
    return base.model_copy(update={"id": record_id(text), "text": text, "url": f"https://bench.test/{i}",
                                   "published": day, "events": events, "quotes": quotes, "entities": ents})


def build(db: str, n: int) -> float:
    bases = records()
    t = time.perf_counter()
    with open_store(db) as store:
        have = store.count()
        for i in range(have, n):
            store.put(varied(i, bases[i % len(bases)]))
            if i and i % 10000 == 0:
                print(f"  built {i} articles in {time.perf_counter() - t:.0f}s", flush=True)
    return time.perf_counter() - t


def export_peak(db: str) -> None:
    out = tempfile.mktemp(suffix=".parquet")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "khobor.cli", "export", "--db", db, "--what", "events", "-o", out],
                   check=True, env=_env())
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"export events -> parquet: {time.perf_counter() - t:.1f}s, peak RSS {peak_mb:.0f} MB, "
          f"{Path(out).stat().st_size / 1e6:.1f} MB file")
    Path(out).unlink()


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("khobor serve did not answer")


def latency(db: str, clients: int, per_client: int) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "khobor.cli", "serve", "--db", db, "--port", str(port)],
                            env=_env())
    kinds = {
        "search": lambda r: f"/api/articles/search?q={r.choice(['Doe', 'talks', 'tariffs'])}&limit=20",
        "events": lambda r: f"/api/events?actor=bench-actor-{r.randrange(ACTORS)}&min_confidence=0.5&limit=50",
        "timeline": lambda r: f"/api/actors/bench-actor-{r.randrange(ACTORS)}/timeline?limit=100",
    }
    times: dict[str, list[float]] = {k: [] for k in kinds}
    errors: list[str] = []
    try:
        _wait(base + "/api/articles?limit=1")

        def client(seed: int) -> None:
            r = random.Random(seed)
            for j in range(per_client):
                kind = list(kinds)[j % len(kinds)]
                t = time.perf_counter()
                try:
                    urllib.request.urlopen(base + kinds[kind](r), timeout=30).read()
                    times[kind].append(time.perf_counter() - t)
                except OSError as e:
                    errors.append(repr(e))
        threads = [threading.Thread(target=client, args=(s,)) for s in range(clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    for kind, ts in times.items():
        ts.sort()
        if ts:
            print(f"{kind:9s} {len(ts):4d} requests  p50 {1000 * ts[len(ts) // 2]:7.1f} ms  "
                  f"p95 {1000 * ts[min(len(ts) - 1, int(len(ts) * 0.95))]:7.1f} ms")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--db", default=None, help="Store to build or reuse (default: a temporary file)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=30, help="Requests per client")
    args = ap.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp()) / "desk.db")
    took = build(db, args.articles)
    print(f"store: {args.articles} articles ({took:.0f}s to build what was missing) at {db}")
    export_peak(db)
    latency(db, args.clients, args.requests)


if __name__ == "__main__":
    main()
