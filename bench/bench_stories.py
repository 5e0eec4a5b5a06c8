"""Story assignment time per article on a small and a large generated store (issue 12: it must stay
flat from 10k to 100k articles), and the time and peak memory of a rebuild's grouping.

    .venv/bin/python bench/bench_stories.py                        # 10,000 then 100,000 articles
    .venv/bin/python bench/bench_stories.py --sizes 2000 20000 --probe 100
    .venv/bin/python bench/bench_stories.py --rebuild --sizes 10000 30000   # grouping at once and by days

`--rebuild`: for each size, two fresh processes group the same generated articles (the key sets
below and a random lead vector each), one with grouping.group_stories over every article held at
once (what `khobor stories rebuild` did before it grouped by days), one with by_days.DayGrouper fed
one day at a time from a generator (what it does now); each prints its seconds per article and
its peak resident memory (ru_maxrss, the process's whole life: Python, numpy and the code too).

For each size a store is generated at the same pace (PER_DAY articles a day, so a larger store
covers more days, as a real one does): article rows, and their story rows (keys and a lead vector)
written in bulk through the same tables StoryIndex reads. Then PROBE new articles of the last day
are placed one by one with StoryIndex.add (blocking, weighting, scoring, writing), and the
median and p95 milliseconds per article are printed. The smallest size is the baseline of the run;
the line for each larger size gives its ratio to it. Keys mimic the shape of real ones: a few
actors named in most articles (a country, its capital), a long tail of rarer ones, event types
with actors, event dates.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from khobor.organise.profile import Profile  # noqa: E402
from khobor.organise.stories import StoryIndex, StoryParams, vector_bytes  # noqa: E402
from khobor.store import open_store  # noqa: E402
from khobor.store.schema import articles, story_keys, story_members  # noqa: E402

PER_DAY = 300
ACTORS = 20000
COMMON = ["a:bangladesh", "a:dhaka", "a:bnp", "a:awami-league"]
TYPES = ["CONSULT", "PROTEST", "ACCUSE", "AID", "AGREE", "ASSAULT"]
START = date(2030, 1, 1)
DIM = 384
LANGUAGES = ["bn", "en"]  # half the candidates are in the other language: their vectors are compared


def keys_of(rng: random.Random, day: str) -> set[str]:
    """A plausible key set: some common actors, 3-8 tail actors (Zipf-like), events among them,
    the actors of the lead (1-3 of them again as "l:") and 0-2 days the lead names ("t:")."""
    keys = {k for k in COMMON if rng.random() < 0.5}
    tail = [f"a:actor-{min(int(rng.paretovariate(1.1)), ACTORS)}" for _ in range(rng.randint(3, 8))]
    keys.update(tail)
    keys.update(f"l:{a[2:]}" for a in rng.sample(tail, rng.randint(1, 3)))
    for _ in range(rng.randint(0, 3)):
        keys.add(f"e:{rng.choice(TYPES)}:{rng.choice(tail)[2:]}")
    for _ in range(rng.randint(0, 2)):
        keys.add(f"t:{(date.fromisoformat(day) - timedelta(days=rng.randint(0, 2))).isoformat()[5:]}")
    return keys


def unit_vector(rng: np.random.Generator) -> np.ndarray:
    v = rng.standard_normal(DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def generate(store, n: int, seed: int = 7) -> None:
    """n articles, PER_DAY a day, with their story rows (each its own story: the bulk rows only
    need to be there to be searched)."""
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    now = datetime.now(timezone.utc)
    batch = 5000
    for lo in range(0, n, batch):
        arts, members, keys = [], [], []
        for doc in range(lo + 1, min(lo + batch, n) + 1):
            day = (START + timedelta(days=(doc - 1) // PER_DAY)).isoformat()
            ks = keys_of(rng, day)
            arts.append({"id": f"{doc:016x}", "doc": doc, "url": None, "outlet": "Generated", "language": "en",
                         "published": day, "title": None, "text": "generated", "record": "{}", "source": None,
                         "stored_at": now})
            members.append({"doc": doc, "story": doc, "day": day, "language": rng.choice(LANGUAGES), "score": None,
                            "keyset": json.dumps(sorted(ks)), "vector": vector_bytes(unit_vector(nrng))})
            keys.extend({"key": k, "day": day, "doc": doc} for k in ks)
        with store.writing() as conn:
            conn.execute(articles.insert(), arts)
            conn.execute(story_members.insert(), members)
            conn.execute(story_keys.insert(), keys)


def probe(store, n: int, count: int, seed: int = 11) -> list[float]:
    """Milliseconds to place each of `count` new articles of the store's last day."""
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    day = (START + timedelta(days=(n - 1) // PER_DAY)).isoformat()
    params = StoryParams()
    times = []
    for i in range(count):
        doc = n + 1 + i
        with store.writing() as conn:
            conn.execute(articles.insert().values(id=f"{doc:016x}", doc=doc, outlet="Generated", language="en",
                                                  published=day, text="probe", record="{}",
                                                  stored_at=datetime.now(timezone.utc)))
            profile = Profile(doc=doc, day=day, keys=keys_of(rng, day), language=rng.choice(LANGUAGES))
            t = time.perf_counter()
            StoryIndex(conn, params).add(profile, unit_vector(nrng))
            times.append((time.perf_counter() - t) * 1000)
    return times


def generated_days(n: int, seed: int = 7):
    """(day, [(profile, vector, name)]) of n generated articles, PER_DAY a day, one day at a time."""
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    for first in range(1, n + 1, PER_DAY):
        day = START + timedelta(days=(first - 1) // PER_DAY)
        yield day, [(Profile(doc, day.isoformat(), keys_of(rng, day.isoformat()), language=rng.choice(LANGUAGES)),
                     unit_vector(nrng), f"{doc:016x}") for doc in range(first, min(first + PER_DAY, n + 1))]


def group_generated(n: int, how: str) -> None:
    """Group n generated articles (at once or by days) in this process; print time and peak memory."""
    import resource
    from khobor.organise.by_days import DayGrouper
    from khobor.organise.grouping import group_stories
    params = StoryParams()
    t = time.perf_counter()
    if how == "at-once":
        items = [item for _, day_items in generated_days(n) for item in day_items]
        placed = group_stories([p for p, _, _ in items], [v for _, v, _ in items], params,
                               {p.doc: name for p, _, name in items})
    else:
        grouper, placed = DayGrouper(params), {}
        for day, day_items in generated_days(n):
            placed.update({p.doc: (story, score) for p, _, story, score in grouper.add_day(day, day_items)})
        placed.update({p.doc: (story, score) for p, _, story, score in grouper.finish()})
    seconds = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stories = len({story for story, _ in placed.values()})
    print(f"{n:>7} articles, grouped {how:8s}: {1000 * seconds / n:6.2f} ms per article, peak RSS {peak_mb:6.0f} MB"
          f" ({stories} stories)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--probe", type=int, default=200, help="New articles placed and timed per size.")
    ap.add_argument("--rebuild", action="store_true", help="Time and peak memory of a rebuild's grouping instead.")
    ap.add_argument("--group", choices=["at-once", "by-days"], help=argparse.SUPPRESS)  # one child process
    args = ap.parse_args()
    if args.group:
        group_generated(args.sizes[0], args.group)
        return
    if args.rebuild:
        import subprocess
        for n in sorted(args.sizes):
            for how in ("at-once", "by-days"):
                subprocess.run([sys.executable, __file__, "--group", how, "--sizes", str(n)], check=True)
        return
    base = None
    for n in sorted(args.sizes):
        with tempfile.TemporaryDirectory(prefix="khobor-bench-stories-") as tmp:
            with open_store(str(Path(tmp) / "s.db")) as store:
                t = time.perf_counter()
                generate(store, n)
                built = time.perf_counter() - t
                ms = probe(store, n, args.probe)
        p50, p95 = statistics.median(ms), sorted(ms)[int(0.95 * (len(ms) - 1))]
        base = base or p50
        print(f"{n:>7} articles ({n // PER_DAY} days, built in {built:.0f} s): story assignment "
              f"p50 {p50:.2f} ms, p95 {p95:.2f} ms per article; p50 x{p50 / base:.2f} of the smallest store",
              flush=True)


if __name__ == "__main__":
    main()
