"""Full-pipeline throughput on one core: clean -> entities -> actors -> times -> quotes -> events.

    .venv/bin/python bench/bench_pipeline.py [--limit N] [--repeat 1]

Articles are the rows of ../shared/corpus/news-dev/articles.jsonl turned into RawArticles by our
JSONL reader and run through `khobor.pipeline.process` (skipped when ../shared is absent). Model
and lexicon loading happens once in a warm-up article and is reported separately. Prints
articles/s overall and per language, the time share of each stage, and event counts by type
and modality (goal: >= 50 articles/s).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS_DEV = ROOT.parent / "shared" / "corpus" / "news-dev" / "articles.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from khobor import lang, pipeline  # noqa: E402
from khobor.clean import structure  # noqa: E402
from khobor.ingest.jsonl import row_to_article  # noqa: E402


def _one_core() -> None:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    if not NEWS_DEV.exists():
        print(f"skipped: {NEWS_DEV} not found (../shared absent)")
        return 0
    _one_core()
    rows = [json.loads(l) for l in NEWS_DEV.open(encoding="utf-8") if l.strip()]
    if args.limit:
        rows = rows[:args.limit]

    def raws():
        return [row_to_article(r, f"{NEWS_DEV.name}#{i + 1}") for i, r in enumerate(rows)]

    t = time.perf_counter()
    # warm-up: loads models, registries and lexicons, once per language (else the second
    # language's loading lands in the timed run)
    first_of_lang: dict = {}
    for r, raw in zip(rows, raws()):
        first_of_lang.setdefault(r.get("lang"), raw)
    for raw in first_of_lang.values():
        pipeline.process(raw)
    warm = time.perf_counter() - t

    stage_time: dict[str, float] = defaultdict(float)
    per_lang: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    types, modalities = Counter(), Counter()
    errors = 0
    total_t, total_n = 0.0, 0
    for _ in range(args.repeat):
        for raw in raws():
            t0 = time.perf_counter()
            try:
                rec = structure.build_record(raw)
                t1 = time.perf_counter()
                stage_time["clean"] += t1 - t0
                pack = lang.load_or_none(rec.language)
                for stage in pipeline.EXTRACT_STAGES:
                    s0 = time.perf_counter()
                    stage.run(rec, pack)
                    stage_time[stage.__name__.rsplit(".", 1)[-1]] += time.perf_counter() - s0
            except Exception as exc:  # count, keep going: a benchmark, not a test
                errors += 1
                print(f"  error on {raw.source}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            dt = time.perf_counter() - t0
            total_t += dt
            total_n += 1
            pl = per_lang[rec.language or "?"]
            pl[0] += 1
            pl[1] += dt
            for e in rec.events:
                types[e.type] += 1
                modalities[e.modality] += 1
    print(f"news-dev: {total_n} articles in {total_t:.2f}s on one core = {total_n / total_t:.1f} articles/s "
          f"(warm-up {warm:.2f}s, errors {errors})")
    print("  per language: " + ", ".join(f"{k} {n} @ {n / t:.1f}/s" for k, (n, t) in sorted(per_lang.items()) if t))
    print("  stage share: " + ", ".join(f"{k} {v / total_t:.0%}" for k, v in stage_time.items()))
    print(f"  events: {sum(types.values())} ({', '.join(f'{k} {v}' for k, v in types.most_common())})")
    print(f"  modality: {', '.join(f'{k} {v}' for k, v in modalities.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
