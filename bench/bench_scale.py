"""Scaling out: articles/s of the pipeline with the local engine on 1 core, the process engine on
2 and Ray on 2, on the same articles in the same run; then `khobor ingest` end to end into a
SQLite store and, with --db, into another store (PostgreSQL) beside it.

    .venv/bin/python bench/bench_scale.py [--limit 200] [--workers 2] [--db postgresql://...] [--no-ray]

The articles are the first N rows of ../shared/corpus/news-dev/articles.jsonl, read by khobor's
JSONL reader. Each executor is started and warmed (models loaded in every worker, on 2*workers
articles) before its clock starts: the figures are the steady state, start-up is printed apart.

    scaling efficiency 1 -> W cores = (process engine, W workers) / (W * local engine)   goal >= 0.85
    Ray's overhead = 1 - (Ray, W workers) / (process engine, W workers)                   goal <= 20%

Wall-clock figures on a shared machine move with its load: the 1-minute load average is printed
beside them, and figures taken on a busy machine are provisional. Skipped when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS_DEV = ROOT.parent / "shared" / "corpus" / "news-dev" / "articles.jsonl"
sys.path.insert(0, str(ROOT / "src"))
# the process engine's fork server is a fresh interpreter: it finds these sources through the environment
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
os.environ.setdefault("OMP_NUM_THREADS", "1")


def load_articles(limit: int, folder: Path) -> tuple[Path, list]:
    """The first `limit` rows as a JSONL file of their own, and the RawArticles read from it."""
    from khobor.ingest import read_inputs
    path = folder / "news-dev.jsonl"
    with open(NEWS_DEV, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for _, line in zip(range(limit), src):
            out.write(line)
    return path, list(read_inputs([str(path)]))


def cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) the processes `pids` have used so far, from /proc."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])   # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def timed_run(engine: str, workers: int, raws: list) -> dict:
    """Start the executor, warm it on 2*workers articles, then time all of `raws`: wall time, and
    the CPU time of this process and the workers (what a busy machine does not distort)."""
    from khobor.executors import make_executor
    from khobor.pipeline import warm_up
    start = time.perf_counter()
    with make_executor(engine, None if engine == "local" else workers) as executor:
        if engine == "local":
            warm_up()
        list(executor.map(enumerate(raws[: 2 * workers])))
        pids = [os.getpid()] + (executor.pids() if engine != "local" else [])
        started = time.perf_counter() - start
        clock, cpu = time.perf_counter(), cpu_seconds(pids)
        outcomes = list(executor.map(enumerate(raws)))
        seconds, cpu = time.perf_counter() - clock, cpu_seconds(pids) - cpu
    records = [o.record.to_json() for _, o in outcomes if o.record is not None]
    return {"engine": engine, "workers": 1 if engine == "local" else workers, "start_s": started,
            "seconds": seconds, "rate": len(raws) / seconds, "cpu": cpu, "records": records,
            "load": os.getloadavg()[0]}


def timed_ingest(path: Path, url: str, workers: int) -> dict:
    """`khobor ingest PATH --engine process --workers W --db URL` as the command runs it."""
    from khobor.pipeline import Overrides
    from khobor.run import ingest as job_run
    from khobor.run.checkpoints import reading_key
    from khobor.store import open_store
    with open_store(url) as store:
        if store.count():
            sys.exit(f"bench_scale: {url.split('@')[-1]} already holds {store.count()} articles, so an ingest "
                     "would store nothing: give an empty store to --db")
        job = job_run.Job(store, Overrides(), 2_000_000, say=lambda line: None, advance=lambda n: None,
                          reading=reading_key(Overrides(), 2_000_000))
        engine, used, seconds = job_run.run(job_run.items([str(path)], job), job, engine="process", workers=workers)
    done = job.tally.read
    return {"store": url.split("://")[0], "seconds": seconds, "rate": done / seconds, "stored": job.tally.stored,
            "load": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=200, help="Articles of news-dev to run (default 200).")
    ap.add_argument("--workers", type=int, default=2, help="Workers of the process and Ray engines (default 2).")
    ap.add_argument("--db", help="Also ingest into this store (a throwaway one: e.g. postgresql://...) beside SQLite.")
    ap.add_argument("--no-ray", action="store_true", help="Leave Ray out.")
    args = ap.parse_args()
    if not NEWS_DEV.exists():
        print(f"skipped: {NEWS_DEV} is not there (../shared beside the checkout)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path, raws = load_articles(args.limit, Path(tmp))
        print(f"{len(raws)} articles of news-dev; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
        runs = [timed_run("local", 1, raws), timed_run("process", args.workers, raws)]
        if not args.no_ray:
            runs.append(_ray_run(args.workers, raws))
        _report_engines([r for r in runs if r], args.workers)
        ingests = [timed_ingest(path, f"sqlite:///{Path(tmp) / 'bench.db'}", args.workers)]
        if args.db:
            ingests.append(timed_ingest(path, args.db, args.workers))
        _report_ingests(ingests)
    print("PROVISIONAL when the load average above is over the core count: the machine was busy.")


def _ray_run(workers: int, raws: list) -> dict | None:
    try:
        return timed_run("ray", workers, raws)
    except Exception as err:  # not installed, or cannot start here
        print(f"ray: skipped ({err})")
        return None


def _report_engines(runs: list[dict], workers: int) -> None:
    print(f"{'engine':<8} {'workers':>7} {'start s':>8} {'run s':>7} {'articles/s':>11} {'CPU s':>7} "
          f"{'articles/CPU s':>15} {'load':>5}")
    for r in runs:
        print(f"{r['engine']:<8} {r['workers']:>7} {r['start_s']:>8.1f} {r['seconds']:>7.1f} {r['rate']:>11.2f} "
              f"{r['cpu']:>7.1f} {len(r['records']) / r['cpu']:>15.2f} {r['load']:>5.1f}")
    by = {r["engine"]: r for r in runs}
    same = all(r["records"] == runs[0]["records"] for r in runs)
    print(f"records identical across engines: {same}")
    efficiency = by["process"]["rate"] / (workers * by["local"]["rate"])
    cpu_efficiency = by["local"]["cpu"] / by["process"]["cpu"]
    print(f"scaling efficiency 1 -> {workers} cores: {efficiency:.2f} by wall time, {cpu_efficiency:.2f} by CPU "
          "time (what a quiet machine's wall time would give if the workers had their cores; goal >= 0.85)")
    if "ray" in by:
        overhead = 1 - by["ray"]["rate"] / by["process"]["rate"]
        cpu_overhead = by["ray"]["cpu"] / by["process"]["cpu"] - 1
        print(f"Ray's overhead against the process engine: {overhead:+.0%} by wall time, {cpu_overhead:+.0%} by "
              "CPU time (goal <= 20%)")


def _report_ingests(ingests: list[dict]) -> None:
    print(f"{'ingest into':<12} {'s':>7} {'articles/s':>11} {'stored':>7} {'load':>5}   (process engine, start-up included)")
    for r in ingests:
        print(f"{r['store']:<12} {r['seconds']:>7.1f} {r['rate']:>11.2f} {r['stored']:>7} {r['load']:>5.1f}")
    if len(ingests) > 1:
        print(f"{ingests[1]['store']} against sqlite: {ingests[1]['rate'] / ingests[0]['rate']:.2f}x")


if __name__ == "__main__":
    main()
