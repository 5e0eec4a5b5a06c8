"""Executors: who runs the pipeline (`pipeline.outcomes_of`) over a stream of articles.

    local    in this process, one article after the other
    process  a pool of worker processes over this machine's cores (the default for more than one article)
    ray      Ray actors on this machine or a Ray cluster (`pip install khobor[ray]`)

Each takes `(tag, item)` pairs and gives back `(tag, outcome)` pairs in the order it was given
them, so the caller can checkpoint "everything up to here is done". An item is a RawArticle, a
reader's `(source, reason)` failure, or None (a marker the caller put in the stream, handed back
as it is). Models and the registry load once per worker, never per article. Records are the same
whichever executor made them: every one runs `pipeline.outcomes_of` over batches of up to
`pipeline.BATCH` articles in a row (the NER model tags a batch's sentences in one stream), whose
records are those `outcome_of` gives one article at a time.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Callable, Iterable, Iterator, TypeVar

from ..ingest.raw import RawArticle
from ..pipeline import BATCH, Outcome, Overrides, outcome_of, outcomes_of

ENGINES = ("local", "process", "ray")
Tag = TypeVar("Tag")


class EngineError(Exception):
    """An executor that cannot run here (Ray not installed, no cluster at the address, ...)."""


class EngineOptionError(EngineError):
    """Options that do not go together (the user's slip, refused before anything is read)."""


def default_workers() -> int:
    """The cores this process may use (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def choose_engine(engine: str | None, pairs: Iterable, workers: int | None) -> tuple[str, Iterator]:
    """`engine`, or when None: the process pool if there is more than one article to extract
    and more than one core, else this process. Reads ahead at most to the second article."""
    if engine is not None:
        return engine, iter(pairs)
    pairs = iter(pairs)
    ahead, articles = [], 0
    for pair in pairs:
        ahead.append(pair)
        articles += isinstance(pair[1], RawArticle)
        if articles > 1:
            break
    many = articles > 1 and (workers or default_workers()) > 1
    return ("process" if many else "local"), _chain(ahead, pairs)


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


class LocalExecutor:
    """In this process: what `khobor extract` of one article and the tests of one stage use."""
    workers = 1

    def __init__(self, overrides: Overrides | None = None):
        self.overrides = overrides

    def map(self, pairs: Iterable[tuple[Tag, object]]) -> Iterator[tuple[Tag, Outcome | None]]:
        for chunk in batches(pairs, BATCH):
            outcomes = iter(outcomes_of([item for _, item in chunk if item is not None], self.overrides))
            for tag, item in chunk:
                yield tag, (None if item is None else next(outcomes))

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def batches(pairs: Iterable[tuple[Tag, object]], size: int) -> Iterator[list[tuple[Tag, object]]]:
    """The pairs in order, cut into lists that hold `size` RawArticles each (the last fewer);
    failures and markers go along with the articles around them.
    Example: pairs of articles a, b, c and size 2 -> [[a, b], [c]]."""
    chunk: list = []
    articles = 0
    for pair in pairs:
        chunk.append(pair)
        articles += isinstance(pair[1], RawArticle)
        if articles >= size:
            yield chunk
            chunk, articles = [], 0
    if chunk:
        yield chunk


def ordered(pairs: Iterable[tuple[Tag, object]], submit: Callable, result: Callable, overrides: Overrides | None,
            window: int) -> Iterator[tuple[Tag, Outcome | None]]:
    """Hand the articles to `submit` in lists of `pipeline.BATCH` (it returns a handle for
    `result`, whose answer is their list of Outcomes) while at most `window` pairs are in flight,
    and give the outcomes back in input order. Failures and markers never leave this process.
    Bounded memory whatever the length of the stream."""
    in_flight: deque = deque()   # (tag, the batch's [handle, outcomes once asked] or None, place in it or outcome)
    for chunk in batches(pairs, BATCH):
        raws = [item for _, item in chunk if isinstance(item, RawArticle)]
        batch = [submit(raws), None] if raws else None
        place = 0
        for tag, item in chunk:
            if isinstance(item, RawArticle):
                in_flight.append((tag, batch, place))
                place += 1
            else:
                in_flight.append((tag, None, None if item is None else outcome_of(item, overrides)))
        while len(in_flight) > window:
            yield _next(in_flight, result)
    while in_flight:
        yield _next(in_flight, result)


def _next(in_flight: deque, result: Callable):
    tag, batch, place = in_flight.popleft()
    if batch is None:
        return tag, place
    if batch[1] is None:
        batch[1] = result(batch[0])
    return tag, batch[1][place]


def check_options(engine: str | None, workers: int | None, ray_address: str | None) -> None:
    """Raise EngineOptionError for options that do not go together (engine None: not chosen yet)."""
    if engine is not None and engine not in ENGINES:
        raise EngineOptionError(f"unknown engine {engine!r} (have: {', '.join(ENGINES)})")
    if workers is not None and workers < 1:
        raise EngineOptionError(f"--workers must be at least 1, not {workers}")
    if ray_address and engine != "ray":
        raise EngineOptionError(f"--ray-address applies to --engine ray, not --engine {engine or '(default)'}")


def make_executor(engine: str, workers: int | None = None, overrides: Overrides | None = None,
                  ray_address: str | None = None):
    """The executor named `engine` ("local", "process" or "ray") with `workers` workers (default:
    every core this process may use). Raises EngineError when it cannot run here."""
    check_options(engine, workers, ray_address)
    if engine == "local":
        return LocalExecutor(overrides)
    if engine == "process":
        from .pool import ProcessExecutor
        return ProcessExecutor(workers or default_workers(), overrides)
    from .on_ray import RayExecutor
    return RayExecutor(workers, overrides, ray_address)
