"""Search latency on a large store, in-process: p50 / p95 of plain searches and of the same searches
filtered by actor and by PLOVER event type, for this tree and a baseline in the same run.

    .venv/bin/python bench/make_store.py --articles 100000 --db /tmp/search100k.db     # once
    .venv/bin/python bench/bench_search.py --db /tmp/search100k.db --baseline-src OLD/src

Each tree is measured in a process of its own (PYTHONPATH = its `src/`), rounds alternating
(baseline, this tree, baseline, ...) so that a machine busy with other work weighs on both alike.
The words come from make_store's word lists (each in about 1 article in 15), the actors from its
generated actors (each in a few hundred articles), the types from its events; all drawn from one
seed, so both trees answer the same searches. A baseline without a filter (an older SearchFilter)
is measured on the plain searches only. Figures are wall time per `Store.search(q, 20)` call,
CPU time beside them (it does not depend on how busy the machine is). The API's latency under
concurrent clients is bench/bench_api.py's.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from make_store import ACTORS, WORDS  # noqa: E402

EVENT_TYPES = ("CONSULT", "PROTEST", "SANCTION")  # the types make_store's articles carry
KINDS = ("plain", "actor", "type")


def searches(kind: str, n: int, seed: int) -> list[tuple[str, dict]]:
    """n (query, filter fields) of one kind, the same for every tree and round."""
    rng = random.Random(f"{seed}-{kind}")
    out = []
    for _ in range(n):
        q = rng.choice(WORDS[rng.choice(("bn", "en"))])
        fields = {"actor": {"actor": f"bench-actor-{rng.randrange(ACTORS)}"},
                  "type": {"event_type": rng.choice(EVENT_TYPES)}}.get(kind, {})
        out.append((q, fields))
    return out


def measure(db: str, n: int, seed: int) -> dict[str, list[list[float]]]:
    """In the child: [wall, cpu] seconds of each search of each kind this tree's SearchFilter takes."""
    from khobor.store import SearchFilter, open_store
    known = {f.name for f in dataclasses.fields(SearchFilter)}
    found: dict[str, list[list[float]]] = {}
    with open_store(db, must_exist=True) as store:
        # warm: a search with fewer hits than asked for loads the actor registry (for the actor a query names)
        store.search("বাজার", 20, filters=SearchFilter(language="xx"))
        for kind in KINDS:
            batch = searches(kind, n, seed)
            if not all(set(fields) <= known for _, fields in batch):
                continue
            times = []
            for q, fields in batch:
                wall, cpu = time.perf_counter(), time.process_time()
                store.search(q, 20, filters=SearchFilter(**fields))
                times.append([time.perf_counter() - wall, time.process_time() - cpu])
            found[kind] = times
    return found


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def run_tree(src: Path, db: str, n: int, seed: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src), "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, __file__, "--child", "--db", db, "--searches", str(n), "--seed", str(seed)],
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def report(name: str, rounds: list[dict]) -> None:
    print(f"{name}:")
    for kind in KINDS:
        times = [t for r in rounds for t in r.get(kind, [])]
        if not times:
            print(f"  {kind:6s} (no such filter)")
            continue
        wall, cpu = [t[0] for t in times], [t[1] for t in times]
        print(f"  {kind:6s} {len(times):5d} searches  p50 {1000 * percentile(wall, .5):7.1f} ms  "
              f"p95 {1000 * percentile(wall, .95):7.1f} ms  (CPU p50 {1000 * percentile(cpu, .5):6.1f} ms)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="A store built by bench/make_store.py")
    ap.add_argument("--baseline-src", type=Path, help="The src/ folder of the checkout to compare with")
    ap.add_argument("--searches", type=int, default=100, help="Searches of each kind per round")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.db, args.searches, args.seed)))
        return
    trees = ([("baseline", args.baseline_src)] if args.baseline_src else []) + [("this tree", ROOT / "src")]
    rounds: dict[str, list[dict]] = {name: [] for name, _ in trees}
    print(f"{args.searches} searches of each kind x {args.rounds} rounds; load {os.getloadavg()[0]:.1f}")
    for r in range(args.rounds):
        for name, src in trees:
            rounds[name].append(run_tree(src, args.db, args.searches, args.seed + r))
    for name, _ in trees:
        report(name, rounds[name])
    print(f"load average at the end: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
