"""Search result pages kept in the store itself (table `search_pages`, migration 0010), so that a
frequent search is not ranked cold again after a server starts or an article is written.

Ranking a word reads every article that contains it (FTS5's bm25 scores all matches before it
can take the best 20: ~6 ms of CPU for 6,000 matches on a 100,000-article store), and a
process's own cache (khobor.store.store.SearchCache) starts empty with every server and is
emptied by every write. Here each page is a row: the query, its page window and filters (the
key), the hits as JSON, the store generation they were ranked at, and how often the page was
asked for. A page is served only at the generation it was ranked at, exactly as in memory, so
it never outlives a write and its hits are the ones the uncached path gives (tests check it).

After a write the rows stay, stale, with their counts: a server's keeper (StorePages.start: a thread in
each worker of `khobor serve`) notices the new generation and ranks the most-asked stale pages
again in the background, so the frequent searches are warm before most users ask. The keeper
also writes the pages its process ranked for a request and the counts of what was asked, in one
transaction every 30 s and around each refresh, never on a request's own time (each write to
the store file makes every reading connection drop its page cache). Processes without a
keeper (`khobor search`, tests) read the kept pages and write nothing.

    pages = StorePages(store); pages.start()      # khobor.api.app does this for `khobor serve`
"""
from __future__ import annotations

import dataclasses
import json
import logging
import threading
import time
from collections import Counter

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .schema import search_pages
from .search import Hit, SearchFilter

log = logging.getLogger(__name__)

KEPT_PAGES = 4096  # rows kept at most; a prune keeps the most asked half (_prune)
REFRESH_PAGES = 256  # most-asked stale pages a keeper ranks again after a write
MIN_ASKED = 2  # a page asked for once is not ranked again after a write: most such are never asked again
PENDING_PAGES = 1024  # ranked pages a keeper holds for its next write at most (past that they are dropped)
PENDING_COUNTS = 4 * KEPT_PAGES  # queries a keeper counts between writes at most (past that new ones are not)
POLL_SECONDS = 0.5
STOP_SECONDS = 30.0  # how long a stopping server waits for its keeper
# how often the pages requests ranked and the counts are written: every write to the store file
# empties the page cache of every connection reading it (SQLite's WAL), a cost to every read of
# every worker, so they wait (the workers share the pages at once through khobor.store.shared_cache)
WRITE_SECONDS = 30.0
# after a refresh that took t seconds, the next waits REFRESH_PAUSE * t: under a steady ingest (a
# new generation every second) a keeper spends at most a fifth of its time ranking again
REFRESH_PAUSE = 4.0
_HIT_FIELDS = tuple(f.name for f in dataclasses.fields(Hit))


def page_key(query: str, limit: int, offset: int, filters: SearchFilter) -> str:
    """The row key of one search page: everything that decides its hits, as JSON.

    >>> page_key("river", 21, 0, SearchFilter(language="en"))[:38]
    '["river", 21, 0, {"language": "en", "o'
    """
    return json.dumps([query, limit, offset, dataclasses.asdict(filters)], ensure_ascii=False)


def page_request(key: str) -> tuple[str, int, int, SearchFilter]:
    """A row key back into the search it names (page_key's inverse)."""
    query, limit, offset, filters = json.loads(key)
    return query, limit, offset, SearchFilter(**filters)


def hits_json(hits: list[Hit]) -> str:
    return json.dumps([[getattr(h, f) for f in _HIT_FIELDS] for h in hits], ensure_ascii=False)


def hits_from_json(text: str) -> list[Hit]:
    return [Hit(*fields) for fields in json.loads(text)]


def read_page(conn: Connection, key: str, generation: int) -> list[Hit] | None:
    """The kept page of `key` if it was ranked at `generation` (read in the caller's snapshot)."""
    row = conn.execute(sa.select(search_pages.c.hits).where(
        search_pages.c.key == key, search_pages.c.generation == generation)).first()
    return None if row is None else hits_from_json(row.hits)


class StorePages:
    """The store's kept pages for one process: `read` for every process; `asked`, `ranked` and
    the background keeper (start/stop) only where `start()` was called."""

    def __init__(self, store):
        self.store = store
        self.keeping = False
        self._lock = threading.Lock()
        self._asked: Counter[str] = Counter()
        self._ranked: dict[str, tuple[int, list[Hit]]] = {}  # written as JSON by the keeper, off the request
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._written = time.monotonic()  # when pages and counts were last written
        self._next_refresh = 0.0  # no refresh before this (time.monotonic)
        self.refreshed_at: int | None = None  # the generation whose frequent pages this keeper ranked last

    # -- what a request tells the keeper --------------------------------------------------------
    def asked(self, key: str) -> None:
        if self.keeping:
            with self._lock:
                if len(self._asked) < PENDING_COUNTS or key in self._asked:  # a flood of new queries
                    self._asked[key] += 1

    def ranked(self, key: str, generation: int, hits: list[Hit]) -> None:
        if self.keeping:
            with self._lock:
                if len(self._ranked) < PENDING_PAGES or key in self._ranked:
                    self._ranked[key] = (generation, hits)

    # -- the keeper -----------------------------------------------------------------------------
    def start(self) -> None:
        self.keeping = True
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="khobor-search-pages", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the keeper after writing what it holds. A keeper still busy after STOP_SECONDS
        (waiting for another writer's lock, which may take the store's whole busy timeout) is left
        to end alone: a second writer here would only wait for the same lock and hold up shutdown."""
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join(timeout=STOP_SECONDS)
        busy = self._thread.is_alive()
        self._thread = None
        self.keeping = False
        if busy:
            log.warning("search pages: the keeper was still writing after %s s; what it held is not kept",
                        STOP_SECONDS)
            return
        self._safely(self.flush)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._safely(self.step)
            self._stop.wait(POLL_SECONDS)

    @staticmethod
    def _safely(work) -> None:
        """Run `work`: a kept page is a cache, so a store that cannot be written to (read-only
        file, busy past its timeout, closed at shutdown) only means fewer pages kept."""
        try:
            work()
        except Exception as err:  # noqa: BLE001 (never let the thread die; the requests go on)
            log.debug("search pages not kept: %r", err)

    def step(self) -> None:
        """After a write to the store: the counts, then the most-asked pages ranked again, then
        those pages written; else, every WRITE_SECONDS, the pages requests ranked and the counts."""
        with self.store.reading() as conn:
            generation = self.store.generation(conn)
        if generation != self.refreshed_at and time.monotonic() >= self._next_refresh:
            self.flush()  # the counts choose what is ranked again
            started = time.monotonic()
            if self.refresh(generation):
                self.refreshed_at = generation
            self.flush()
            self._next_refresh = time.monotonic() + REFRESH_PAUSE * (time.monotonic() - started)
        elif time.monotonic() - self._written >= WRITE_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the pages this process ranked and the counts of what it was asked."""
        with self._lock:
            asked, ranked = self._asked, self._ranked
            self._asked, self._ranked, self._written = Counter(), {}, time.monotonic()
        if not asked and not ranked:
            return
        with self.store.writing() as conn:
            for key in asked.keys() | ranked.keys():
                _write_row(conn, key, asked.get(key, 0), ranked.get(key))
            if ranked:
                _prune(conn)

    def refresh(self, generation: int, most: int = REFRESH_PAGES) -> bool:
        """Rank again the most-asked pages that are stale at `generation` (at most `most`),
        claimed first so that another worker doing the same takes others (the pages reach the
        other workers at once through their shared pages, and the store at the next flush).
        False when a newer write came in between (the next step starts over)."""
        for key in self._claim(generation, most):
            if self._stop.is_set() or not self._rank(key, generation):
                return False
        return True

    def _claim(self, generation: int, n: int) -> list[str]:
        t = search_pages.c
        with self.store.writing() as conn:
            keys = conn.execute(sa.select(t.key).where(
                t.generation != generation, t.asked >= MIN_ASKED,
                sa.or_(t.claimed.is_(None), t.claimed != generation)).order_by(t.asked.desc()).limit(n)).scalars().all()
            if keys:
                conn.execute(sa.update(search_pages).where(t.key.in_(keys)).values(claimed=generation))
        return list(keys)

    def _rank(self, key: str, generation: int) -> bool:
        query, limit, offset, filters = page_request(key)
        with self.store.reading() as conn:
            if self.store.generation(conn) != generation:
                return False
            hits = self.store.ranked_search(conn, query, limit, offset, filters, generation)
        with self._lock:
            self._ranked[key] = (generation, hits)
        return True


def _write_row(conn: Connection, key: str, asked: int, page: tuple[int, list[Hit]] | None) -> None:
    """Add `asked` to a page's count and, given a newer page than the row's, keep that page."""
    t = search_pages.c
    if page is None:
        conn.execute(sa.update(search_pages).where(t.key == key).values(asked=t.asked + asked))
        return
    conn.execute(_page_upsert(conn, key, asked, page[0], hits_json(page[1])))


def _page_upsert(conn: Connection, key: str, asked: int, generation: int, hits: str):
    """One statement that adds a new page's row or, when the key is there, adds to its count
    and keeps the newer page: two writers of one new key at once (a second worker's flush)
    cannot both insert it, whichever of them commits first (INSERT ... ON CONFLICT, on SQLite
    and PostgreSQL alike)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    t = search_pages.c
    statement = insert(search_pages).values(key=key, generation=generation, hits=hits, asked=asked)
    new = statement.excluded
    newer = new.generation > t.generation
    return statement.on_conflict_do_update(index_elements=[t.key], set_={
        "asked": t.asked + new.asked,
        "generation": sa.case((newer, new.generation), else_=t.generation),
        "hits": sa.case((newer, new.hits), else_=t.hits)})


def _prune(conn: Connection) -> None:
    """Past KEPT_PAGES rows, halve every count and keep the KEPT_PAGES / 2 most asked rows.

    Counts age so (an LFU cache's aging): without it a page asked often long ago outranks every
    page of today's searches for ever, is ranked again after every write, and keeps each new page
    out once the table is full. Halving at each prune fades old counts at the pace new pages come
    in (by half for every KEPT_PAGES / 2 new pages), not by the clock, which the workers of one
    server would each apply; a new page has until the next prune to gather its own count.
    asked 9, 4, 1, 1, ... (KEPT_PAGES + 1 rows) -> 4, 2, 0, 0, ... and KEPT_PAGES / 2 rows."""
    t = search_pages.c
    if conn.execute(sa.select(sa.func.count()).select_from(search_pages)).scalar_one() > KEPT_PAGES:
        conn.execute(sa.update(search_pages).values(asked=t.asked // 2))
        kept = sa.select(t.key).order_by(t.asked.desc()).limit(KEPT_PAGES // 2)
        conn.execute(sa.delete(search_pages).where(t.key.not_in(kept)))
