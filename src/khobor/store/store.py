"""The article store: records in, records and search hits out.

One SQL transaction per `put`, so an article is stored whole or not at all; the full-text index
follows the articles table inside that same transaction (SQLite: by triggers; PostgreSQL: the
store writes the index row, which goes with its article by a cascading foreign key).
"""
from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

from ..record import Record
from . import migrate, pg, pg_fts
from .errors import StoreError
from .schema import articles, ingested, store_state
from .search import Hit, SearchBackend, SearchFilter, SqliteFts5Backend
from .search_pages import StorePages, page_key, read_page

ENV_VAR = "KHOBOR_DB"
DEFAULT_URL = "sqlite:///khobor.db"
MIN_PREFIX = 6  # shortest id prefix `get` accepts (ids are 16 hex digits)
_ITER_BATCH = 500
READ_POOL = 20  # connections kept open per process (a file database)
# how long a SQLite connection waits for another's lock (a long ingest batch or a migration of a new
# file on a busy machine) rather than fail with "database is locked"; a server's keeper of search
# pages (khobor.store.search_pages) may be left waiting this long at shutdown
BUSY_TIMEOUT_MS = 60_000
# Bytes of a SQLite file that a server's connections read through a memory map: pages come from
# the OS cache without a read() call and a copy each, ~20-30% less CPU per page-heavy read (an
# actor's timeline) on a 100,000-article store. Only `khobor serve` asks for it (open_store's
# `mmap_bytes`): the mapped pages a process touched count in its RSS, which exports report.
SERVE_MMAP_BYTES = 1 << 30
SEARCH_CACHE_ENV = "KHOBOR_SEARCH_CACHE"
SEARCH_CACHE_SIZE = 512  # result pages kept per process (a few KB each); 0 turns the cache off


def default_db_url() -> str:
    """$KHOBOR_DB if set (a URL or a path), else khobor.db in the current directory."""
    return os.environ.get(ENV_VAR) or DEFAULT_URL


def _to_url(target: str) -> sa.URL:
    """'sqlite:///x.db', 'postgresql://…', a bare path or ':memory:' -> a SQLAlchemy URL."""
    if target == ":memory:":
        return sa.make_url("sqlite://")
    if "://" in target:
        try:
            return sa.make_url(target)
        except sa.exc.ArgumentError as e:
            raise StoreError(f"not a database URL: {target!r} ({e})") from None
    return sa.URL.create("sqlite", database=str(Path(target).expanduser()))


def _relax_sync(dbapi_conn) -> None:
    # With WAL, synchronous=NORMAL is crash-safe (a power cut may lose the last commits, never
    # corrupts) and skips an fsync per commit, which is per article here: ~1.5x faster puts.
    dbapi_conn.execute("PRAGMA synchronous = NORMAL")


def _sqlite_engine(url: sa.URL, mmap_bytes: int = 0) -> Engine:
    path = url.database
    if path and path != ":memory:" and not path.startswith("file:"):
        p = Path(path)
        if p.is_dir():
            raise StoreError(f"{p} is a directory, not a database file")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create a database at {p}: {e.strerror}") from e
        # Enough pooled connections for a server's worker threads (anyio's default is 40): past the
        # pool, each request would open, set up and close a connection of its own.
        engine = sa.create_engine(url, pool_size=READ_POOL, max_overflow=READ_POOL)
    else:  # one shared in-memory database for every connection of this engine
        engine = sa.create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})

    # pysqlite's own transaction handling skips BEGIN before DDL and begins lazily on the first
    # write; take it over (SQLAlchemy's documented recipe) so that every transaction, migrations
    # included, is a real one. Writers ask for BEGIN IMMEDIATE: the write lock is taken before
    # put() reads, so two processes ingesting at once cannot both decide "new" for one article.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if dbapi_conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            _relax_sync(dbapi_conn)
        if mmap_bytes:
            dbapi_conn.execute(f"PRAGMA mmap_size = {int(mmap_bytes)}")

    @event.listens_for(engine, "begin")
    def _begin(conn):
        mode = conn.get_execution_options().get("khobor_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class SearchCache:
    """The latest search result pages of one process, each kept with the store's generation when it
    was read (store_state, raised by a trigger on every write of an article): a page is served
    again only while the generation is the same, so an answer never outlives a write. Ranking
    reads every match (FTS5's bm25 scores them all before it can take the best 20: ~10 ms per
    10,000 matches), so a repeated query or a second look at a page costs one row instead.

    >>> cache = SearchCache(2)
    >>> cache.put(("river",), 7, ["hit"]); cache.get(("river",), 7), cache.get(("river",), 8)
    (['hit'], None)
    """

    def __init__(self, size: int):
        self.size = size
        self._pages: OrderedDict[tuple, tuple[int, list]] = OrderedDict()
        self._lock = threading.Lock()
        # the pages the worker processes of one server share (khobor.store.shared_cache), asked
        # when this process has none: the same generation rule holds there
        self.shared = None

    def get(self, key: tuple, generation: int) -> list | None:
        with self._lock:
            found = self._pages.get(key)
            if found is not None and found[0] == generation:
                self._pages.move_to_end(key)
                return list(found[1])
        if self.shared is None or self.size <= 0:
            return None
        hits = self.shared.get(key, generation)
        if hits is not None:
            self.keep(key, generation, hits)
        return hits

    def put(self, key: tuple, generation: int, hits: list) -> None:
        if self.size <= 0:
            return
        self.keep(key, generation, hits)
        if self.shared is not None:
            self.shared.put(key, generation, hits)

    def keep(self, key: tuple, generation: int, hits: list) -> None:
        """Keep a page in this process only (put also gives it to the shared pages)."""
        with self._lock:
            self._pages[key] = (generation, list(hits))
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


def search_cache_size() -> int:
    """$KHOBOR_SEARCH_CACHE (result pages per process; 0: off), else SEARCH_CACHE_SIZE."""
    raw = os.environ.get(SEARCH_CACHE_ENV, "").strip()
    if not raw:
        return SEARCH_CACHE_SIZE
    if not raw.isdigit():
        raise StoreError(f"${SEARCH_CACHE_ENV} must be a whole number of result pages (0: off), not {raw!r}")
    return int(raw)


SEARCH_BACKENDS: dict[str, type] = {"sqlite": SqliteFts5Backend, "postgresql": pg_fts.PostgresTsvectorBackend}


class Store:
    def __init__(self, engine: Engine, where: str):
        self._engine = engine
        self.where = where
        self.dialect = engine.dialect.name
        self._search: SearchBackend = SEARCH_BACKENDS[self.dialect]()
        self._search_cache = SearchCache(search_cache_size())
        # the pages kept in the store, read by every process, written by a server's keeper only
        self._pages = StorePages(self) if self._search_cache.size > 0 else None

    # -- writing -------------------------------------------------------------------------------
    def put(self, rec: Record, raw_digest: str | None = None, also=None) -> str:
        """Store one record: "stored" (new), "unchanged" (this id is already stored) or
        "replaced" (an older version of the same URL was removed for it). With `raw_digest` (of
        the raw input it came from), `seen(raw_digest)` answers True from then on. `also(conn)`
        runs in the same transaction (an ingest's checkpoint: both are written, or neither)."""
        if not rec.id:
            raise StoreError("record has no id")
        with self._writing() as conn:
            if conn.execute(sa.select(articles.c.id).where(articles.c.id == rec.id)).first():
                outcome = "unchanged"
            else:
                outcome = "replaced" if self._delete_other_versions(conn, rec) else "stored"
                self._insert(conn, rec)
            if raw_digest:
                conn.execute(sa.delete(ingested).where(ingested.c.digest == raw_digest))
                conn.execute(ingested.insert().values(digest=raw_digest, article_id=rec.id))
            if also is not None:
                also(conn)
        return outcome

    def seen(self, raw_digest: str) -> bool:
        """Whether a raw input with this digest was stored and its article is still here."""
        with self._engine.connect() as conn:
            return conn.execute(sa.select(ingested.c.digest).where(ingested.c.digest == raw_digest)).first() is not None

    def _delete_other_versions(self, conn: Connection, rec: Record) -> bool:
        """A changed article at the same URL has a new id (the text hash); the URL names the
        article, so the old version goes."""
        if not rec.url:
            return False
        result = conn.execute(sa.delete(articles).where(articles.c.url == rec.url, articles.c.id != rec.id))
        return result.rowcount > 0

    def _insert(self, conn: Connection, rec: Record) -> None:
        # Single writer (BEGIN IMMEDIATE), so max+1 cannot collide; the unique index makes it cheap.
        doc = conn.execute(sa.select(sa.func.coalesce(sa.func.max(articles.c.doc), 0) + 1)).scalar_one()
        conn.execute(articles.insert().values(
            id=rec.id, doc=doc, url=rec.url, outlet=rec.outlet, language=rec.language,
            published=rec.published, title=rec.title, text=rec.text,
            record=_record_json(rec), source=rec.source,
            stored_at=datetime.now(timezone.utc),
        ))
        if self.dialect == "postgresql":  # SQLite's FTS5 index follows by trigger; this one is ours
            pg_fts.index_article(conn, doc, rec.title, rec.text)

    def delete(self, article_id: str) -> bool:
        """Delete the article with this full id (its facts, search entry and copies go with it,
        through the triggers); False when there is none."""
        with self._writing() as conn:
            return conn.execute(sa.delete(articles).where(articles.c.id == article_id)).rowcount > 0

    def writing(self):
        """`with store.writing() as conn:` one write transaction (BEGIN IMMEDIATE), committed on
        success; for derived tables (khobor.organise), never for articles (use put)."""
        return self._writing()

    def _writing(self):
        conn = self._engine.connect().execution_options(khobor_begin="IMMEDIATE")
        return _Transaction(conn)

    # -- reading -------------------------------------------------------------------------------
    def get(self, id: str) -> Record | None:
        """The record with this id, or with this unique id prefix (at least MIN_PREFIX characters)."""
        key = id.strip().lower()
        if not key:
            return None
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(articles.c.record, articles.c.text).where(articles.c.id == key)).first()
            if row is None and len(key) >= MIN_PREFIX:
                like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                rows = conn.execute(
                    sa.select(articles.c.id, articles.c.record, articles.c.text)
                    .where(articles.c.id.like(like, escape="\\")).order_by(articles.c.id).limit(6)
                ).all()
                if len(rows) > 1:
                    shown = ", ".join(r.id for r in rows[:5]) + (", …" if len(rows) > 5 else "")
                    raise StoreError(f"id prefix {id!r} is ambiguous: {shown}")
                row = rows[0] if rows else None
        return None if row is None else _load(row.record, row.text)

    def search(self, query: str, limit: int = 20, *, offset: int = 0,
               filters: SearchFilter | None = None) -> list[Hit]:
        """Ranked hits, best first; `offset` skips that many, `filters` narrows by language,
        outlet and publication dates. Served from this process's pages, else from the pages kept
        in the store (khobor.store.search_pages), else ranked; all at the store's current generation."""
        f = filters or SearchFilter()
        key = (query, limit, offset, repr(f))  # repr: any filter field, lists too
        kept = None if self._pages is None else page_key(query, limit, offset, f)
        if kept is not None:
            self._pages.asked(kept)
        with self._engine.connect() as conn:
            # the generation first, then the hits, in one transaction: on SQLite both come from
            # one snapshot; on PostgreSQL the hits are at least as new as the generation they
            # are kept under, so a later write always makes them miss
            generation = self.generation(conn)
            hits = self._search_cache.get(key, generation)
            if hits is None and kept is not None:
                hits = read_page(conn, kept, generation)
                if hits is not None:  # this process's only: the other workers read the store as fast
                    self._search_cache.keep(key, generation, hits)
            if hits is None:
                hits = self._rank(conn, key, f, generation)
                if kept is not None:
                    self._pages.ranked(kept, generation, hits)
            return hits

    def ranked_search(self, conn: Connection, query: str, limit: int, offset: int, filters: SearchFilter,
                      generation: int) -> list[Hit]:
        """A search page in `conn`'s snapshot, at `generation` (read in it): from this process's
        pages (or the ones its server's workers share) if a request ranked it already, else ranked
        by the uncached path that every cached page comes from, and kept there."""
        key = (query, limit, offset, repr(filters))
        hits = self._search_cache.get(key, generation)
        return self._rank(conn, key, filters, generation) if hits is None else hits

    def _rank(self, conn: Connection, key: tuple, filters: SearchFilter, generation: int) -> list[Hit]:
        query, limit, offset, _ = key
        hits = self._search.search(conn, query, limit, offset=offset, filters=filters)
        self._search_cache.put(key, generation, hits)
        return hits

    def keep_search_pages(self) -> StorePages | None:
        """Start this process's keeper of the pages kept in the store (a server's worker calls it;
        see khobor.store.search_pages); None while the search cache is off."""
        if self._pages is not None and not self._pages.keeping:
            self._pages.start()
        return self._pages

    def share_search_pages(self, pages) -> None:
        """Ask `pages` (khobor.store.shared_cache.SharedSearchPages, which the other worker
        processes of a server share) for the search pages this process has not kept, and give
        it those this process ranks. Nothing is shared while the search cache is off."""
        self._search_cache.shared = pages

    @staticmethod
    def generation(conn: Connection) -> int:
        """The store's write generation: it changes whenever an article is stored, replaced or deleted."""
        return conn.execute(sa.select(store_state.c.generation).where(store_state.c.id == 1)).scalar_one()

    def reading(self) -> Connection:
        """A connection for read queries (khobor.store.queries); use it in a `with` block."""
        return self._engine.connect()

    def count(self) -> int:
        """How many articles are stored: one row that triggers keep (store_state), not a count."""
        with self._engine.connect() as conn:
            return conn.execute(sa.select(store_state.c.articles).where(store_state.c.id == 1)).scalar_one()

    def iter_records(self, *, since: str | None = None, language: str | None = None) -> Iterator[Record]:
        """Every stored record, oldest stored first; `since` keeps articles published on or after
        that day (YYYY-MM-DD), `language` those in that language. Reads in batches (keyset on
        `doc`), so no read transaction stays open while the caller works between records."""
        last = 0
        filters = []
        if since:
            filters.append(articles.c.published >= since)
        if language:
            filters.append(articles.c.language == language)
        while True:
            with self._engine.connect() as conn:
                rows = conn.execute(
                    sa.select(articles.c.doc, articles.c.record, articles.c.text)
                    .where(articles.c.doc > last, *filters).order_by(articles.c.doc).limit(_ITER_BATCH)
                ).all()
            if not rows:
                return
            for row in rows:
                yield _load(row.record, row.text)
            last = rows[-1].doc

    # -- lifetime ------------------------------------------------------------------------------
    def close(self) -> None:
        if self._pages is not None:
            self._pages.stop()
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.where!r})"


def _record_json(rec: Record) -> str:
    """The record as JSON without `text`, which has its own column: the text is stored once."""
    data = rec.to_dict()
    del data["text"]
    return json.dumps(data, ensure_ascii=False)


def _load(record_json: str, text: str) -> Record:
    data = json.loads(record_json)
    data["text"] = text
    return Record.from_dict(data)


class _Transaction:
    """`with` block: a connection in one transaction, committed on success, rolled back on any
    exception (which then propagates), closed either way."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def __enter__(self) -> Connection:
        self._tx = self.conn.begin()
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._tx.commit()
            else:
                self._tx.rollback()
        finally:
            self.conn.close()


def _preflight(engine: Engine, url: sa.URL) -> None:
    """Outside any transaction (on the DBAPI connection, which runs in autocommit mode here):
    read the file header, so "file is not a database" surfaces now, and switch a file database
    to WAL, so readers (search, the web UI) do not block an ingest and vice versa."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA schema_version").fetchone()
        if url.database and url.database != ":memory:":
            if _to_wal(raw.driver_connection) == "wal":
                _relax_sync(raw.driver_connection)
    finally:
        raw.close()


def _to_wal(dbapi_conn, wait_s: float = BUSY_TIMEOUT_MS / 1000) -> str:
    """Switch the file to WAL and return the journal mode it is in. SQLite answers "database is
    locked" at once, without its busy handler, while another process creates or migrates a new
    file (seen with two ingests started together), so the switch is retried until the busy
    timeout; a file another process has switched already is left as it is.
    Example: a new file -> "wal"."""
    import sqlite3
    import time
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return dbapi_conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            if dbapi_conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return "wal"
            time.sleep(0.05)


def open_store(url: str | None = None, must_exist: bool = False, *, mmap_bytes: int = 0) -> Store:
    """Open (creating and migrating as needed) the store at `url`: "sqlite:///path", a bare
    path, ":memory:", "postgresql://user@host:port/db", or None for default_db_url(). With
    must_exist, a store that is not there is an error instead of a new empty store. A SQLite
    file is read through a memory map of up to `mmap_bytes` (SERVE_MMAP_BYTES for a server)."""
    target = url or default_db_url()
    sa_url = _to_url(target)
    where = sa_url.database if sa_url.get_backend_name() == "sqlite" and sa_url.database else (
        sa_url.render_as_string(hide_password=True))
    if pg.is_postgres(sa_url):
        return _open_postgres(sa_url, where, must_exist)
    if sa_url.get_backend_name() != "sqlite":
        raise StoreError(f"{where}: khobor stores are SQLite (a path or sqlite:///path) or PostgreSQL "
                         "(postgresql://user@host/db)")
    if must_exist and sa_url.database and sa_url.database != ":memory:" and not Path(sa_url.database).is_file():
        raise StoreError(f"{where}: no such store (`khobor ingest` creates one; check --db or $KHOBOR_DB)")
    engine = _sqlite_engine(sa_url, mmap_bytes)
    return _migrated(engine, where, lambda: _preflight(engine, sa_url))


def _open_postgres(sa_url: sa.URL, where: str, must_exist: bool) -> Store:
    engine = pg.engine(sa_url, where)

    def check() -> None:
        pg.preflight(engine, where)
        if must_exist and not migrate.is_store(engine):
            raise StoreError(f"{where}: no khobor store in this database (`khobor ingest` creates one; "
                             "check --db or $KHOBOR_DB)")

    return _migrated(engine, where, check)


def _migrated(engine: Engine, where: str, preflight) -> Store:
    """The store on `engine` once `preflight()` passed and the schema is at head."""
    try:
        preflight()
        migrate.upgrade(engine, where)
    except StoreError:
        engine.dispose()
        raise
    except (sa.exc.DBAPIError, engine.dialect.loaded_dbapi.Error) as e:
        engine.dispose()
        raise StoreError(f"{where} cannot be used as a khobor store: {getattr(e, 'orig', e)}") from e
    return Store(engine, where)
