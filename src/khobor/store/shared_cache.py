"""Search result pages shared by the worker processes of one server (`khobor serve --workers N`).

Each worker keeps its own latest pages in memory (khobor.store.store.SearchCache); behind that,
the workers of one server share a small SQLite file in a temporary folder, so a search ranked by
one worker is not ranked again by the others (ranking reads every match: ~10 ms per 10,000).
A page is kept with the store's write generation it was read at and served only at that same
generation, exactly as in memory, so no worker ever answers from before a write. The folder is
named after the server's process (its id and, where the system tells it, its start time: an id
comes back after a restart, in a container always the same one) and removed when its workers stop
(and, if a server was killed, by the next server that starts).

    pages = open_shared_pages(shared_cache_dir("/data/khobor.db", server_pid=os.getppid()), size=4096)
    pages.put(("river", 21, 0, "SearchFilter()"), 7, hits); pages.get(("river", 21, 0, "SearchFilter()"), 7)
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import tempfile
import threading
from pathlib import Path

from .search import Hit

PREFIX = "khobor-search-"
_HIT_FIELDS = ("id", "title", "snippet", "score", "url", "language", "published")


def shared_cache_dir(db: str, server_pid: int) -> Path:
    """The folder the workers of server `server_pid` share for the store `db`: never one that a
    killed server left behind under the same process id, whose pages may be of another store
    file or other code at the same generation."""
    digest = hashlib.sha256(str(Path(db).expanduser().resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"{PREFIX}{server_pid}-{_started(server_pid)}-{digest}"


def _started(pid: int) -> str:
    """When process `pid` started, in clock ticks since boot (Linux's /proc), or "" where the
    system does not say: with the id, it names one server run. _started(os.getpid()) -> "475140" """
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat_line.rsplit(")", 1)[1].split()[19]  # field 22; the name before ")" may hold spaces


def _ours(folder: Path) -> bool:
    """A real folder (not a link) that this user owns and no one else may write to: the temporary
    folder is shared by every user of the machine, and a page planted there would be served."""
    try:
        st = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o022


def remove_orphans(parent: Path | None = None) -> None:
    """Remove this user's shared folders of servers that are no longer running (killed before
    cleaning up)."""
    for folder in (parent or Path(tempfile.gettempdir())).glob(PREFIX + "*"):
        pid, started, _ = (folder.name[len(PREFIX):].split("-", 2) + ["", ""])[:3]
        if pid.isdigit() and _ours(folder) and (not _running(int(pid)) or started != _started(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)


def open_shared_pages(folder: Path, size: int) -> "SharedSearchPages | None":
    """The shared pages in `folder` (made private to this user if new), or None when the folder
    is not this user's alone or cannot be used: the workers then keep their pages to themselves."""
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if not _ours(folder):
            return None
        return SharedSearchPages(folder, size)
    except (OSError, sqlite3.Error):
        return None


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: running
        return True
    return True


class SharedSearchPages:
    """Pages in a SQLite file under `folder`, each at the generation it was read at; at most
    `size` pages (the oldest go first), and pages of an older generation go at the next put."""

    def __init__(self, folder: Path, size: int = 4096):
        self.folder, self.size = folder, size
        self._lock = threading.Lock()  # one connection per process, used by the server's threads
        self._conn = sqlite3.connect(folder / "pages.sqlite", timeout=1, isolation_level=None,
                                     check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = OFF")  # a cache: a page lost in a crash is ranked again
        self._conn.execute("CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, generation INTEGER NOT NULL, "
                           "hits TEXT NOT NULL)")

    @staticmethod
    def _key(key: tuple) -> str:
        return json.dumps(key, ensure_ascii=False)

    def get(self, key: tuple, generation: int) -> list[Hit] | None:
        with self._lock:
            try:
                row = self._conn.execute("SELECT hits FROM pages WHERE key = ? AND generation = ?",
                                         (self._key(key), generation)).fetchone()
            except sqlite3.Error:  # busy or gone: rank it here
                return None
        if row is None:
            return None
        return [Hit(*fields) for fields in json.loads(row[0])]

    def put(self, key: tuple, generation: int, hits: list[Hit]) -> None:
        rows = json.dumps([[getattr(h, f) for f in _HIT_FIELDS] for h in hits], ensure_ascii=False)
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute("DELETE FROM pages WHERE generation <> ?", (generation,))
                self._conn.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)", (self._key(key), generation, rows))
                self._conn.execute("DELETE FROM pages WHERE rowid <= (SELECT max(rowid) FROM pages) - ?", (self.size,))
                self._conn.execute("COMMIT")
            except sqlite3.Error:  # busy past the timeout, or the file is gone: the page is not shared
                if self._conn.in_transaction:
                    self._conn.rollback()

    def close(self, remove: bool = False) -> None:
        with self._lock:
            self._conn.close()
        if remove:
            shutil.rmtree(self.folder, ignore_errors=True)
