"""What each extraction stage spends reading text again: its calls of the text-reading helpers
(word and sentence splitters, every module-level regex of the stages' packages), recorded while a
stream slice of news-dev runs through `khobor.pipeline`, then replayed in bulk, each stage's calls
in their order, under time.process_time (the least of --replays replays).

    .venv/bin/python bench/replay_splits.py [--slice 0] [--limit 150] [--replays 5] [--split]

Why replay: on a busy machine a whole stream's stage CPU moves by more than a sub-millisecond
change, and cProfile inflates Python calls fourfold; a replay runs only the recorded calls, so two
trees (PYTHONPATH) compare within a few hundredths of a millisecond per article. Only top-level
calls are recorded (a helper's own regex calls count in the helper's line). Caches that last
across stages (`keys.tokens` of an article read in the entities stage and again in the actors
stage) replay cold within one stage: "entities+actors" replays the two stages' tokeniser calls
together, in their order. --split names each line by its caller and by the text's length (a
line replayed alone pays again for the whole texts its calls cut windows from: read the
stage totals, which replay the stage's calls in their order, for what a change saves).

Round 31 (fast31), 150 new articles of each of slices 1 and 2, 3 runs per tree taking turns on
slice 2 (and 3 on slice 1), load 12 to 17; ms per article, the three runs:
    start 06d4aaf: keys tokeniser entities+actors in call order 1.32 1.21 1.26 (entities 0.32-0.36,
        actors 0.90-1.00); every recorded call: entities 0.41-0.48, actors 1.50-1.57, times 0.09-0.13,
        quotes 0.36-0.41, events 0.36-0.40 (one run 0.65)
    ad34ceb (keys.tokens_in, actors' windows and pieces): entities+actors 0.93 0.91 0.85
    99b8a1a (the entities stage's sentences scanned within the article): entities+actors 0.75 0.80
        0.70; every recorded call: entities 0.48-0.50, actors 1.17-1.23, times, quotes, events as before
So splitting text again after NER costs about 1.5 ms of an article's 35-45: not what keeps the
stream from 50 articles/s. bench_pipeline.py in the same hour (--limit 150 --repeat 3, load 12-17,
baseline the start): stream 21.1 against 21.1 articles/s per core; entities 15.4 against 15.1,
actors 7.6 against 8.0 ms per article, within that machine's noise.
"""
from __future__ import annotations

import argparse
import functools
import inspect
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_pipeline as bp  # noqa: E402

CALLS: list[tuple] = []
STATE = {"stage": "other", "depth": 0, "split": False}
METHODS = ("finditer", "findall", "match", "search", "fullmatch", "split", "sub", "subn")
HELPERS = ("textutil.words", "textutil.lowered_words", "textutil.sentence_start",
           "textutil.next_sentence_stop", "actors.keys.tokens", "actors.keys.tokens_in",
           "actors.keys.key_tokens")
TOKENISER = ("actors.keys.tokens", "actors.keys.tokens_in")


def _label(label: str, args: tuple) -> str:
    """The line a call counts in: its helper, and with --split its caller and text length."""
    if not STATE["split"]:
        return label
    caller = sys._getframe(2).f_code
    size = "long" if args and isinstance(args[0], str) and len(args[0]) >= 200 else "short"
    return f"{label} <- {caller.co_filename.split('khobor/')[-1]}:{caller.co_name} [{size}]"


def _recorded(call, label: str, key):
    """`call` recording its top-level calls as (stage, label, key, args, kwargs)."""
    def wrapper(*args, **kw):
        if STATE["depth"]:
            return call(*args, **kw)
        STATE["depth"] += 1
        try:
            return call(*args, **kw)
        finally:
            STATE["depth"] -= 1
            CALLS.append((STATE["stage"], _label(label, args), key, args, kw))
    return wrapper


class RxProxy:
    """A compiled regex whose matching methods record their calls (finditer's matches listed)."""

    def __init__(self, rx, label: str):
        self._rx, self._label = rx, label

    def __getattr__(self, name):
        value = getattr(self._rx, name)
        if name not in METHODS:
            return value
        if name == "finditer":
            return _recorded(lambda *a, **k: iter(list(value(*a, **k))), self._label, (self._rx, name))
        return _recorded(value, self._label, (self._rx, name))


def _regex_factory(value) -> object | None:
    """What a zero-argument lru_cache'd function returns, when that is a compiled regex."""
    import re

    import regex
    if not isinstance(value, functools._lru_cache_wrapper):
        return None
    try:
        got = value() if not inspect.signature(value).parameters else None
    except Exception:   # a factory that needs a pack or fails alone: not a text reader
        return None
    return got if isinstance(got, (type(regex.compile("a")), type(re.compile("a")))) else None


def instrument() -> None:
    """Every helper of HELPERS and every module-level regex (or regex factory) of the loaded
    khobor modules after NER and cleaning, replaced by a recording one wherever it is bound."""
    import re

    import regex
    rx_types = (type(regex.compile("a")), type(re.compile("a")))
    helpers = {}
    for name in HELPERS:
        mod, attr = name.rsplit(".", 1)
        fn = getattr(sys.modules.get("khobor." + mod), attr, None)
        if fn is not None:
            helpers[id(fn)] = _recorded(fn, name.removeprefix("actors."), fn)
    proxies: dict[int, RxProxy] = {}
    for mname, module in list(sys.modules.items()):
        if not mname.startswith("khobor.") or mname.startswith(("khobor.ner", "khobor.clean", "khobor.ingest")):
            continue
        for attr, value in list(vars(module).items()):
            if id(value) in helpers:
                setattr(module, attr, helpers[id(value)])
            elif isinstance(value, rx_types):
                setattr(module, attr, proxies.setdefault(id(value), RxProxy(value, f"{mname[7:]}.{attr}")))
            elif (got := _regex_factory(value)) is not None:
                proxy = proxies.setdefault(id(got), RxProxy(got, f"{mname[7:]}.{attr}()"))
                setattr(module, attr, lambda proxy=proxy: proxy)


def _staged(pipeline) -> None:
    """Each extraction stage's `run` setting the stage the recorded calls count in."""
    for stage in pipeline.EXTRACT_STAGES:
        def run(*args, _run=stage.run, _name=pipeline.stage_name(stage), **kw):
            STATE["stage"] = _name
            try:
                return _run(*args, **kw)
            finally:
                STATE["stage"] = "other"
        stage.run = run


def replay(calls: list[tuple]) -> float:
    """CPU seconds of running `calls` ((key, args, kwargs)) again, in their order."""
    started = time.process_time()
    for key, args, kw in calls:
        if isinstance(key, tuple):
            out = getattr(key[0], key[1])(*args, **kw)
            if key[1] == "finditer":
                for _ in out:
                    pass
        else:
            key(*args, **kw)
    return time.process_time() - started


def report(n: int, replays: int) -> None:
    """ms per article of each stage's recorded calls, of its tokeniser calls, and of each line."""
    best = lambda calls: min(replay(calls) for _ in range(replays)) * 1000 / n  # noqa: E731
    lines: dict = defaultdict(list)
    for stage, label, key, args, kw in CALLS:
        lines[(stage, label)].append((key, args, kw))
    for stage in dict.fromkeys(s for s, *_ in CALLS):
        mine = [(k, a, kw) for s, _, k, a, kw in CALLS if s == stage]
        toks = [(k, a, kw) for s, lab, k, a, kw in CALLS if s == stage and lab.startswith(("keys.tokens",))]
        print(f"== {stage}: {best(mine):.3f} ms/article in {len(mine)} recorded calls; "
              f"keys tokeniser {best(toks) if toks else 0:.3f} ({len(toks)} calls)")
        for (s, label), calls in sorted(lines.items(), key=lambda x: -len(x[1])):
            if s == stage and (ms := best(calls)) >= 0.005:
                print(f"   {ms:7.3f} ms/article {len(calls):7d} calls  {label}")
    both = [(k, a, kw) for s, lab, k, a, kw in CALLS if s in ("entities", "actors") and lab.startswith("keys.tokens")]
    print(f"== entities+actors keys tokeniser, in call order: {best(both):.3f} ms/article ({len(both)} calls)")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--slice", type=int, default=0, help="which stream slice of news-dev (as bench_pipeline's)")
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--replays", type=int, default=5)
    ap.add_argument("--split", action="store_true", help="a line per helper, caller and text length")
    args = ap.parse_args(argv)
    bp._one_core()
    from khobor import pipeline
    from khobor.ingest.jsonl import row_to_article
    rows = bp._rows(0)
    warm = bp._warm_rows(rows)
    part = [row_to_article(rows[i], f"news-dev#{i + 1}") for i in bp._slices(rows, args.limit, 3, warm)[args.slice]]
    for i in warm:
        pipeline.process(row_to_article(rows[i], f"news-dev#{i + 1}"))
    bp._load_once_per_process()
    STATE["split"] = args.split
    instrument()
    _staged(pipeline)
    for k in range(0, len(part), pipeline.BATCH):
        list(pipeline.outcomes_of(part[k:k + pipeline.BATCH]))
    print(f"{len(part)} articles (slice {args.slice}), {len(CALLS)} calls recorded", flush=True)
    report(len(part), args.replays)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
