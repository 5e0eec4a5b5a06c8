"""API latency under load: p50 / p95 of search, event-filter and actor-timeline requests from C
concurrent clients against `khobor serve` on loopback, for this tree and a baseline in the same run.

    .venv/bin/python bench/make_store.py --articles 100000 --db /tmp/desk100k.db     # once
    .venv/bin/python bench/bench_api.py --db /tmp/desk100k.db --baseline-src OLD/src

The baseline (`--baseline-src`, a `src/` folder of another checkout) serves its own copy of the
store (a store is migrated to the newest schema of the code that opens it, which the older code
would not know); both servers answer the same requests, drawn from one seed. Rounds alternate
(baseline, this tree, baseline, ...) so that a machine busy with other work weighs on both alike.
Each client sends its requests one after another; the figures are wall time per request as the
client sees it, queueing included. On a machine shared with other work, wall time is mostly
waiting for a core, so the server's own CPU time per request (user + system, from /proc, worker
processes included) is printed too: it does not depend on how busy the machine is.

What is cached (CACHED, printed with the figures): a server keeps its latest search result pages
until the store is written to (khobor.store.store.SearchCache), and since issue 12's eighth round
its worker processes share them (khobor.store.shared_cache), so a word is ranked once per server
start rather than once per worker; events and timelines are read from the store every time. Each
round starts its servers anew, so every round begins with cold caches in memory; since issue 12's
ninth round the pages are also kept in the store itself (khobor.store.search_pages), so a page
ranked in an earlier round or run is read from there while the store is not written to.
`--write-each-round` writes to both stores before each round (nothing but the generation
changes), which leaves every kept page stale, as after an ingest: the server's keeper then ranks
the most-asked pages again as it starts. `--query-mix zipf` asks a mix with a long tail
(zipf_queries) instead of the 60 pool words alike. `--search-cache 0`
measures every search ranked anew (it sets $KHOBOR_SEARCH_CACHE for both servers; code without
the cache ignores it).

What answers (since round 8's second API pass): every request here is a plain valid GET, which
khobor.api.fast answers before FastAPI's routing, by the routes' own queries on SQLite's own
cursor; a baseline without that path answers through the routes.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from make_store import ACTORS, WORDS  # noqa: E402

KINDS = ("search", "events", "timeline")
CACHED = ("cached: search result pages, per server start, until the next write (shared by a server's workers "
          "since round 8; per worker before); since round 9 also kept in the store across server starts, the "
          "most-asked ranked again after a write; events and timelines: nothing")


def zipf_queries(articles: int = 100_000) -> tuple[list[str], list[float]]:
    """The `--query-mix zipf` pool, most asked first, and its weights (1/rank, as query logs
    roughly go): the 60 single words of the store's pools (each in ~1 article in 15: the heavy
    head), then the two-word queries of one language's pool (~1 in 60 articles each), then one
    generated article's own number (a single match: the long tail of exact look-ups). The head
    covers ~60% of the searches, the tail is mostly asked once a round."""
    rng = random.Random(9)
    head = [w for lang in ("bn", "en") for w in WORDS[lang]]
    pairs = [f"{a} {b}" for lang in ("bn", "en") for i, a in enumerate(WORDS[lang]) for b in WORDS[lang][i + 1:]]
    rng.shuffle(head), rng.shuffle(pairs)
    tail = [str(n) for n in rng.sample(range(articles), 1200)]
    pool = head + pairs + tail
    return pool, [1 / (rank + 1) for rank in range(len(pool))]


ZIPF = zipf_queries()
QUERY_MIX = {"uniform": lambda rng: rng.choice(WORDS[rng.choice(("bn", "en"))]),
             "zipf": lambda rng: rng.choices(ZIPF[0], ZIPF[1])[0]}


def request_path(kind: str, rng: random.Random, mix: str = "uniform") -> str:
    """One request of a kind, its words and actor drawn from the generated store's pools."""
    if kind == "search":
        q = QUERY_MIX[mix](rng)
        return "/api/articles/search?" + urllib.parse.urlencode({"q": q, "limit": 20})
    if kind == "events":
        return f"/api/events?actor=bench-actor-{rng.randrange(ACTORS)}&min_confidence=0.5&limit=50"
    return f"/api/actors/bench-actor-{rng.randrange(ACTORS)}/timeline?limit=100"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen) -> None:
    for _ in range(1500):
        if proc.poll() is not None:
            raise SystemExit(f"khobor serve exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("khobor serve did not answer")


def _proc_cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(c) for c in found] + [g for c in found for g in _children(int(c))]


class Server:
    """`khobor serve` of one source tree over one store, on a free loopback port."""

    def __init__(self, src: str, db: str, extra: list[str], env_extra: dict[str, str] | None = None):
        self.port = _free_port()
        env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1", **(env_extra or {})}
        self.proc = subprocess.Popen([sys.executable, "-m", "khobor.cli", "serve", "--db", db,
                                      "--port", str(self.port), *extra], env=env)
        self.base = f"http://127.0.0.1:{self.port}"
        _wait(self.base + "/api/articles?limit=1", self.proc)
        # warm every worker process: the first search loads the actor registry, and a worker's
        # first request of a kind pays for imports and statements built once; concurrent requests
        # reach every worker where one at a time may all go to one
        # (a search for a word outside the pools, so that no measured search is answered from a cache)
        paths = [request_path(kind, random.Random(n)) for n in range(6) for kind in ("events", "timeline")]
        paths += ["/api/articles/search?q=warm"] * 6
        warm = [threading.Thread(target=self._get_retrying, args=(p,)) for p in paths]
        for th in warm:
            th.start()
        for th in warm:
            th.join()

    def _get_retrying(self, path: str, tries: int = 3) -> None:
        """GET path, again on a dropped connection: a worker still loading the actor registry can
        hold its event loop past uvicorn's 5 s keep-alive timeout, which drops waiting connections."""
        for attempt in range(tries):
            try:
                urllib.request.urlopen(self.base + path, timeout=120).read()
                return
            except OSError as err:
                if attempt == tries - 1:
                    print(f"warm-up {path}: {err!r}", file=sys.stderr)

    def cpu_seconds(self) -> float:
        """User + system CPU of the server and its worker processes so far (Linux /proc)."""
        return sum(_proc_cpu(pid) for pid in [self.proc.pid, *_children(self.proc.pid)])

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def load(base: str, clients: int, per_client: int, seed: int, kinds: tuple[str, ...] = KINDS,
         mix: str = "uniform") -> tuple[dict[str, list[float]], list[str]]:
    """C clients, each sending per_client requests in turn (kinds in rotation); seconds per kind."""
    times: dict[str, list[float]] = {k: [] for k in kinds}
    errors: list[str] = []

    def client(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        for j in range(per_client):
            kind = kinds[(j + n) % len(kinds)]
            path = request_path(kind, rng, mix)
            t = time.perf_counter()
            try:
                urllib.request.urlopen(base + path, timeout=60).read()
                times[kind].append(time.perf_counter() - t)
            except OSError as e:
                errors.append(f"{path}: {e!r}")
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return times, errors


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def report(name: str, times: dict[str, list[float]], errors: list[str], cpu: float) -> None:
    n = sum(len(ts) for ts in times.values())
    print(f"{name}: server CPU {1000 * cpu / max(n, 1):.1f} ms per request (all kinds)")
    for kind, ts in times.items():
        if ts:
            print(f"  {kind:9s} {len(ts):5d} requests  p50 {1000 * percentile(ts, .5):7.1f} ms  "
                  f"p95 {1000 * percentile(ts, .95):7.1f} ms")
    print(f"  errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))


def read_through(db: str) -> float:
    """Read a store's files once, so that both trees start from the OS page cache: a store file
    that other work pushed out of memory would otherwise pay disk reads the other did not."""
    size = 0
    for path in (db, db + "-wal"):
        if Path(path).exists():
            with open(path, "rb") as f:
                while chunk := f.read(1 << 20):
                    size += len(chunk)
    return size / 1e6


def copy_store(db: str, to: str) -> None:
    """A consistent copy of a SQLite store (WAL folded in), for the baseline to serve."""
    src, dst = sqlite3.connect(db), sqlite3.connect(to)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()


def touch_store(db: str) -> None:
    """Write to a store without changing what it holds (the newest article rewritten as it is):
    its generation moves, so every cached search page is stale, as after an ingest."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE articles SET title = title WHERE doc = (SELECT max(doc) FROM articles)")
    conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="The store (bench/make_store.py builds one)")
    ap.add_argument("--baseline-src", help="The src/ folder of the code to compare with")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=30, help="Requests per client per round")
    ap.add_argument("--rounds", type=int, default=2, help="Rounds per server (alternating)")
    ap.add_argument("--search-cache", metavar="PAGES", help="$KHOBOR_SEARCH_CACHE for the servers (0: off)")
    ap.add_argument("--write-each-round", action="store_true",
                    help="Before each round, write to each store (nothing changes but its generation): every "
                         "cached page is stale, as after an ingest")
    ap.add_argument("--query-mix", choices=sorted(QUERY_MIX), default="uniform",
                    help="Search words: uniform over the 60 pool words (each asked ~13 times a round), or zipf: "
                         "weights 1/rank over those, two-word queries and exact look-ups (see zipf_queries)")
    ap.add_argument("--kinds", default=",".join(KINDS), help="Which requests, comma-separated (default: all three)")
    ap.add_argument("--serve-args", default="--workers 2", help="Extra `khobor serve` options for this tree")
    ap.add_argument("--baseline-serve-args", help="The same for the baseline (default: --serve-args)")
    args = ap.parse_args()
    trees = [("this tree", str(ROOT / "src"), args.db, args.serve_args.split())]
    if args.baseline_src:
        base_db = str(Path(args.db).with_suffix(".baseline.db"))
        if not Path(base_db).exists():
            copy_store(args.db, base_db)
        trees.insert(0, ("baseline", str(Path(args.baseline_src).resolve()), base_db,
                         (args.baseline_serve_args or args.serve_args).split()))
    print(f"{args.clients} clients x {args.requests} requests x {args.rounds} rounds; load {os.getloadavg()[0]:.1f}"
          + ("" if args.search_cache is None else f"; KHOBOR_SEARCH_CACHE={args.search_cache}"))
    print(CACHED if args.search_cache != "0" else "cached: nothing (KHOBOR_SEARCH_CACHE=0)")
    print(f"query mix: {args.query_mix}")
    if args.write_each_round:
        print("a write to each store before each round: every cached page starts stale")
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if not kinds or set(kinds) - set(KINDS):
        ap.error(f"--kinds: some of {', '.join(KINDS)}")
    results = {name: ({k: [] for k in kinds}, []) for name, *_ in trees}
    for name, _src, db, _extra in trees:
        print(f"{name}: read {read_through(db):.0f} MB of {db} into the page cache")
    cpu = {name: 0.0 for name, *_ in trees}
    for r in range(args.rounds):
        for name, src, db, extra in trees:
            if args.write_each_round:
                touch_store(db)
            server = Server(src, db, extra, {} if args.search_cache is None else
                            {"KHOBOR_SEARCH_CACHE": args.search_cache})
            try:
                before = server.cpu_seconds()
                times, errors = load(server.base, args.clients, args.requests, seed=r, kinds=kinds, mix=args.query_mix)
                cpu[name] += server.cpu_seconds() - before
            finally:
                server.stop()
            for k in kinds:
                results[name][0][k].extend(times[k])
            results[name][1].extend(errors)
    for name, (times, errors) in results.items():
        report(name, times, errors, cpu[name])
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (2 cores)")


if __name__ == "__main__":
    main()
