"""Checkpoints of an ingest, kept in the store: how far it got in each input file.

A file is known by its resolved path, size and modification time, and by how it is read (the
user's overrides, the size limit and the pipeline fingerprint): change any of them and the file
is read from the start again. The position counts the items the file's reader gives (articles
and the reasons it gives for what is not one), in order; it is written in the transaction that
stores the article it covers, so after a kill the store and its checkpoints agree. A rerun skips
a file marked done without opening it, and the first `position` items of one that is not.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa

from ..pipeline import Overrides, pipeline_fingerprint
from ..store.schema import ingest_progress


@dataclass
class Progress:
    position: int = 0   # items of the file handled, in reader order
    articles: int = 0   # of those, the ones that are articles in the store
    done: bool = False  # the whole file, and nothing in it failed


def reading_key(overrides: Overrides | None, max_bytes: int) -> str:
    """What decides the items a file gives besides the file: overrides, size limit, pipeline."""
    parts = [pipeline_fingerprint(), repr(sorted(asdict(overrides or Overrides()).items())), str(max_bytes)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def input_key(path: Path, reading: str) -> str | None:
    """The checkpoint key of one input file read one way; None when it cannot be stat'ed."""
    try:
        status = path.stat()
        where = str(path.resolve())
    except OSError:
        return None
    text = "\0".join([where, str(status.st_size), str(status.st_mtime_ns), reading])
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def load(store, key: str) -> Progress:
    """The checkpoint of `key`, or a fresh one."""
    with store.reading() as conn:
        row = conn.execute(sa.select(ingest_progress.c.position, ingest_progress.c.articles,
                                     ingest_progress.c.done).where(ingest_progress.c.input_key == key)).first()
    return Progress() if row is None else Progress(row.position, row.articles, bool(row.done))


def save(conn, key: str, path: str, progress: Progress) -> None:
    """Write `progress` inside the caller's transaction, unless the store already holds one as
    far or further (another ingest of the same file, running at the same time, got there).
    One INSERT ... ON CONFLICT DO UPDATE ... WHERE, so two writers cannot both insert the key."""
    insert = _insert_for(conn.dialect.name)(ingest_progress).values(
        input_key=key, path=path, position=progress.position, articles=progress.articles,
        done=progress.done, updated_at=datetime.now(timezone.utc))
    new, old = insert.excluded, ingest_progress.c
    conn.execute(insert.on_conflict_do_update(
        index_elements=[old.input_key],
        set_={name: new[name] for name in ("path", "position", "articles", "done", "updated_at")},
        where=sa.and_(old.done == sa.false(), sa.or_(new.done == sa.true(), old.position < new.position))))


def _insert_for(dialect: str):
    """The INSERT with ON CONFLICT of the store's database (SQLite and PostgreSQL have one each)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert
