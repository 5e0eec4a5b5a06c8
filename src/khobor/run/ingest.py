"""`khobor ingest` as a job: read inputs, extract on an executor, store with checkpoints.

    paths -> items (per file, skipping what its checkpoint covers) -> the store's digests (inputs
    already stored are not extracted) -> an executor (outcomes in input order) -> Store.put, with
    the file's checkpoint in the same transaction

Kill it at any moment and run the same command again: every article ends up stored once (a put
is one transaction, and its checkpoint is in it), and the rerun starts where the checkpoints say.
Two ingests into one store at once are safe too: a put takes the write lock before it looks, and
a checkpoint never moves back.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..executors import choose_engine, make_executor
from ..ingest import expand_paths, read_file, read_stdin
from ..ingest.raw import RawArticle
from ..pipeline import Outcome, Overrides, raw_digest
from . import checkpoints
from .checkpoints import Progress
from .tally import Tally, skip_reason


@dataclass(frozen=True)
class Place:
    """Where an item of the stream stands: its file's checkpoint key, its 1-based position in
    that file, and what it is ("item"; "seen": stored already, not extracted; "end": the file's end)."""
    key: str | None = None
    path: str = ""
    position: int = 0
    kind: str = "item"
    digest: str | None = None


@dataclass
class Job:
    store: object
    overrides: Overrides
    max_bytes: int
    say: Callable[[str], None]          # one line for the user (stderr, above the progress bar)
    advance: Callable[[int], None]      # the progress bar
    tally: Tally = field(default_factory=Tally)
    reading: str = ""
    progress: dict[str, Progress] = field(default_factory=dict)
    failed_files: set[str] = field(default_factory=set)
    # (article id, source) after a new or replaced article is stored: the caller places it in a
    # story (khobor.organise), which this package does not import
    after_put: Callable[[str, str], None] | None = None


def items(paths: Iterable[str], job: Job) -> Iterator[tuple[Place, object]]:
    """Every item of every input, each with its Place; a file's items end with an "end" marker."""
    for entry in expand_paths(paths):
        if isinstance(entry, tuple):
            yield Place(), entry
        elif entry == "-":
            yield from ((Place(), raw) for raw in read_stdin(job.max_bytes))
        elif not entry.exists():
            yield Place(), (str(entry), "no such file or directory")
        else:
            yield from _file_items(entry, job)


def _file_items(path: Path, job: Job) -> Iterator[tuple[Place, object]]:
    """One file's items after its checkpoint; none at all when the checkpoint says it is done."""
    key = checkpoints.input_key(path, job.reading)
    start = checkpoints.load(job.store, key) if key else Progress()
    job.tally.already_ingested += start.articles
    job.advance(start.position)
    if start.done:
        return
    if key:
        job.progress[key] = Progress(start.position, start.articles)
    position = 0
    for position, item in enumerate(read_file(path, job.max_bytes), 1):
        if position > start.position:
            yield Place(key, str(path), position), item
    yield Place(key, str(path), position, "end"), None


def not_yet_stored(pairs: Iterable[tuple[Place, object]], job: Job) -> Iterator[tuple[Place, object]]:
    """Articles the store holds already (same input, same overrides, same pipeline) become "seen"
    markers, so they are counted and checkpointed but not extracted again."""
    for place, item in pairs:
        if isinstance(item, RawArticle):
            digest = raw_digest(item, job.overrides)
            if job.store.seen(digest):
                yield replace(place, kind="seen"), None
                continue
            place = replace(place, digest=digest)
        yield place, item


def run(pairs: Iterable[tuple[Place, object]], job: Job, *, engine: str | None = None, workers: int | None = None,
        ray_address: str | None = None) -> tuple[str, int, float]:
    """Extract and store every item of `pairs`; returns (engine, workers, seconds)."""
    start = time.perf_counter()
    engine, pairs = choose_engine(engine, not_yet_stored(pairs, job), workers)
    with make_executor(engine, workers, job.overrides, ray_address) as executor:
        for place, outcome in executor.map(pairs):
            handle(place, outcome, job)
        used = executor.workers
    return engine, used, time.perf_counter() - start


def handle(place: Place, outcome: Outcome | None, job: Job) -> None:
    """Count, report and store one outcome, moving its file's checkpoint along with it."""
    if place.kind == "end":
        _file_done(place, job)
        return
    job.advance(1)
    if place.kind == "seen":
        job.tally.already_ingested += 1
        _moved(place, job, article=True)
    elif outcome.record is None:
        _not_an_article(place, outcome, job)
    else:
        _store(place, outcome, job)


def _moved(place: Place, job: Job, article: bool) -> Progress | None:
    """The file's progress after `place` (kept in memory until the next write), or None when the
    file has no checkpoint or a failure in it stopped its checkpoint."""
    if place.key is None or place.key in job.failed_files:
        return None
    progress = job.progress.setdefault(place.key, Progress())
    progress.position = place.position
    progress.articles += article
    return progress


def _not_an_article(place: Place, outcome: Outcome, job: Job) -> None:
    error = outcome.error or "unknown error"
    skip = skip_reason(outcome.source, error)
    if skip is not None:
        job.tally.skipped[skip] += 1
        _moved(place, job, article=False)
    else:
        _failed(place, outcome.source, error, job)
    job.say(f"khobor: {outcome.source}: {error}")


def _failed(place: Place, source: str, reason: str, job: Job) -> None:
    """A failure stops its file's checkpoint where it is, so a rerun reads (and reports) it again."""
    job.tally.failures.append((source, reason))
    if place.key is not None:
        job.failed_files.add(place.key)


def _store(place: Place, outcome: Outcome, job: Job) -> None:
    also = None
    if place.key is not None and place.key not in job.failed_files:
        progress = Progress(place.position, job.progress.get(place.key, Progress()).articles + 1)

        def also(conn, key=place.key, path=place.path, progress=progress):
            checkpoints.save(conn, key, path, progress)
    try:
        answer = job.store.put(outcome.record, raw_digest=place.digest, also=also)
    except Exception as exc:  # the store rolled this one back; go on with the rest
        _failed(place, outcome.source, f"not stored: {exc}", job)
        job.say(f"khobor: {outcome.source}: not stored: {exc}")
        return
    job.tally.count_put(answer)
    if job.after_put is not None and answer != "unchanged":
        job.after_put(outcome.record.id, outcome.source)
    _moved(place, job, article=True)


def _file_done(place: Place, job: Job) -> None:
    if place.key is None or place.key in job.failed_files:
        return
    progress = job.progress.get(place.key, Progress())
    with job.store.writing() as conn:
        checkpoints.save(conn, place.key, place.path, Progress(place.position, progress.articles, done=True))
