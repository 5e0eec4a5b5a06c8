"""The events stage's share of pipeline time on news-dev, against the rules-only coder, same run.

    .venv/bin/python bench/bench_events.py [--limit N]

Each article of ../shared/corpus/news-dev/articles.jsonl (skipped when absent) is cleaned and run
through the stages before events once (timed); then the events stage is timed twice on the same
record: as shipped (candidates from both lexicons and generic agents -> classifier -> defaults)
and the baseline, the rule step alone (hand lexicon and role rules, the pack's confidence floor:
the coder before the classifier). One core; models load in a warm-up article first.
Goal (issue 9): events at most 15% of pipeline time.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS_DEV = ROOT.parent / "shared" / "corpus" / "news-dev" / "articles.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from khobor import lang  # noqa: E402
from khobor.clean import structure  # noqa: E402
from khobor.events import extraction as events  # noqa: E402
from khobor.ingest.jsonl import row_to_article  # noqa: E402
from khobor.pipeline import run_stages_before  # noqa: E402


def timed(fn, *args, **kw) -> float:
    t = time.perf_counter()
    fn(*args, **kw)
    return time.perf_counter() - t


def run(rows: list[dict]) -> dict:
    totals = {"before events": 0.0, "events (shipped)": 0.0, "events (rules only)": 0.0}
    n_events = {"shipped": 0, "rules only": 0}
    for i, row in enumerate(rows):
        try:
            rec = structure.build_record(row_to_article(row, f"news-dev#{i}"))
        except ValueError:
            continue
        pack = lang.load_or_none(rec.language)
        t = time.perf_counter()
        run_stages_before(events, rec, pack)
        totals["before events"] += time.perf_counter() - t
        totals["events (rules only)"] += timed(events.run, rec, pack, classify=False)
        n_events["rules only"] += len(rec.events)
        totals["events (shipped)"] += timed(events.run, rec, pack)
        n_events["shipped"] += len(rec.events)
    return {"seconds": totals, "events": n_events}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args(argv)
    if not NEWS_DEV.exists():
        print(f"skipped: {NEWS_DEV} not found (../shared absent)")
        return 0
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    rows = [json.loads(line) for line in NEWS_DEV.open(encoding="utf-8") if line.strip()][:args.limit]
    run(rows[:2])  # warm-up: models, registry, lexicons
    result = run(rows)
    s = result["seconds"]
    for name in ("events (shipped)", "events (rules only)"):
        share = s[name] / (s["before events"] + s[name])
        print(f"{name:<20} {s[name]:7.2f} s  {1000 * s[name] / len(rows):6.1f} ms/article  "
              f"{100 * share:5.1f}% of pipeline time")
    print(f"{'stages before events':<20} {s['before events']:7.2f} s  ({len(rows)} articles, one core)")
    print(f"events kept: shipped {result['events']['shipped']}, rules only {result['events']['rules only']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
