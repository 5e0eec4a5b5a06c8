"""The times grammar's matching (`Grammar.candidates`) and the times stage, against the matching of
round 9's start (every first tried at every anchor position, the whole anchor matched, no kept
matches) in the same run, alternating turns (the machine is shared).

    python bench/bench_times_grammar.py [--turns 4] [--limit 0]

Articles: ../shared/corpus/news-dev, cleaned once, as news-dev comes: no publication date, the
scrape date as retrieval date (so an article is matched up to three times). Also checks that both
give the same times. Skips cleanly when ../shared is absent.

Round 9 (branch tfast), 2 shared cores, load ~5, 747 articles, 4 turns:
    baseline candidates 3.75  times stage (undated) 7.75
    now      candidates 2.86  times stage (undated) 3.27      same times: True
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_times  # noqa: E402
from khobor.times import expressions as ex  # noqa: E402
from khobor.times.grammar import Found, Grammar  # noqa: E402

NEW = Grammar.candidates


def old_first_starts(self: Grammar, text: str) -> tuple[list[int], dict[str, list[int]]]:
    """The anchor's positions and each first's, as round 9's start found them: the whole anchor
    matched, then every first checked at every anchor position."""
    starts = self.anchor_starts(text)
    return starts, {f: [pos for pos in starts if r.match(text, pos)] for f, r in self.first_res.items()}


def baseline_candidates(self: Grammar, original: str) -> list[Found]:
    """The matching as it was: the grammar's own rule loop over the old starts, nothing kept
    between calls."""
    now = Grammar.first_starts
    Grammar.first_starts = old_first_starts
    try:
        return self._match_all(original)
    finally:
        Grammar.first_starts = now


def stage(recs) -> list:
    return [ex.find_times(r.text, p, None, r.published) for r, p in recs]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--turns", type=int, default=4)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    if not bench_times.NEWS.exists():
        print(f"skip: {bench_times.NEWS} not found")
        return 0
    recs = [(r, p) for r, p in bench_times.records(args.limit) if p is not None]
    ways = {"baseline": baseline_candidates, "now": NEW}
    out, cpu = {}, {"baseline": [0.0, 0.0], "now": [0.0, 0.0]}  # [candidates, stage]
    for turn in range(args.turns):
        for name in (("baseline", "now") if turn % 2 == 0 else ("now", "baseline")):
            Grammar.candidates = ways[name]
            t = time.process_time()
            for r, p in recs:
                ex.grammar_for(p).candidates(r.text + " ")  # a fresh text: nothing kept helps
            cpu[name][0] += time.process_time() - t
            t = time.process_time()
            out[name] = stage(recs)
            cpu[name][1] += time.process_time() - t
    Grammar.candidates = NEW
    n = len(recs) * args.turns
    print(f"{len(recs)} news-dev articles, {args.turns} alternating turns, CPU ms/article:")
    for name, (cand, st) in cpu.items():
        print(f"  {name:8s} candidates {1000 * cand / n:.2f}  times stage (undated) {1000 * st / n:.2f}")
    print("same times:", out["baseline"] == out["now"])
    return 0 if out["baseline"] == out["now"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
