"""Things that are slow to build and depend only on files (the actor registry's indexes, compiled
time grammars, parsed YAML), kept on disk between runs so a fresh process starts fast.

    cached("registry", [registry_jsonl, *sources], build)   -> build() once, then unpickled
    fingerprint([path, ...])                                  -> digest of the files' bytes

An entry is named by its fingerprint: the bytes of every file it was built from (the data and the
code that builds it), so editing any of them makes a new entry and the old one is never read
again (the oldest are deleted when newer ones are written). The folder is `$KHOBOR_CACHE_DIR`, else
`$XDG_CACHE_HOME/khobor`, else `~/.cache/khobor`; `KHOBOR_CACHE_DIR=off` turns caching off. A
folder that cannot be written only costs speed: the value is built and used as if uncached.

A file's bytes are hashed once while it stays as it is: its digest is remembered with its size,
modification time and inode (`digests.memo` in the folder, as Python's own bytecode cache trusts
a source's size and time), except for a file changed in the last seconds, which could change
again within one tick of the file system's clock with its size and time unchanged.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
FORMAT = "2"   # bump when what an entry holds changes shape without any source file changing
KEEP = 3       # entries kept per name: a few versions of the sources can take turns without rebuilding


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    env = os.environ.get("KHOBOR_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "khobor"


def fingerprint(paths: Iterable[Path | str], extra: str = "") -> str:
    """A digest of the files' names and bytes (a missing file counts as absent), the Python and
    pickle versions and `extra`. Example: fingerprint([p]) changes when one byte of p changes."""
    h = hashlib.blake2b(digest_size=12)
    import regex   # its Unicode tables decide what the cached patterns and keys match
    h.update(f"{FORMAT}|{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}|{regex.__version__}|"
             f"{unicodedata.unidata_version}|{extra}".encode())
    with _DIGESTS.lock:
        for p in sorted(str(x) for x in paths):
            h.update(p.encode() + b"\0")
            h.update(_DIGESTS.of(p))
            h.update(b"\0")
        _DIGESTS.save()
    return h.hexdigest()


class _FileDigests:
    """The digest of each file's bytes, remembered by (size, mtime, inode, device) across
    processes in the cache folder. Why: a warm start fingerprints its ~20 cache entries' sources,
    12 MB of files (the registry's most of it), and hashing them again took ~30 ms of it.
    Example: _DIGESTS.of("lang/bn/times.yaml") -> 16 bytes; "<absent>" for a missing file."""
    RACY_NS = 3_000_000_000   # a file changed more recently than this is hashed at every call
    MAX = 5_000               # past this many files the memo starts afresh

    def __init__(self):
        self.lock = threading.Lock()
        self.memo: dict[str, tuple[tuple, bytes]] | None = None
        self.folder: Path | None = None
        self.changed = False

    def of(self, path: str) -> bytes:
        self._load()
        try:
            st = os.stat(path)
            stamp = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)
            known = self.memo.get(path)
            if known is not None and known[0] == stamp:
                return known[1]
            digest = hashlib.blake2b(Path(path).read_bytes(), digest_size=16).digest()
        except OSError:
            return b"<absent>"
        if time.time_ns() - st.st_mtime_ns > self.RACY_NS:
            if len(self.memo) >= self.MAX:
                self.memo.clear()
            self.memo[path] = (stamp, digest)
            self.changed = True
        return digest

    def _load(self) -> None:
        folder = cache_dir()
        if self.memo is not None and folder == self.folder:
            return
        self.folder, self.memo, self.changed = folder, {}, False
        if folder is not None:
            memo = _read(folder / "digests.memo")
            if isinstance(memo, dict):
                self.memo = memo

    def save(self) -> None:
        """Write the memo when a digest was added (atomically: a reader never sees half a file)."""
        if not self.changed or self.folder is None:
            return
        self.changed = False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _replace_atomically(self.folder / "digests.memo",
                                pickle.dumps(self.memo, protocol=pickle.HIGHEST_PROTOCOL), ".digests-")
        except OSError:
            pass


_DIGESTS = _FileDigests()


def module_files(*modules) -> list[Path]:
    """The source files of modules, for a fingerprint that changes when the building code does."""
    return [Path(m.__file__) for m in modules if getattr(m, "__file__", None)]


def cached(name: str, paths: Iterable[Path | str], build: Callable[[], T], extra: str = "",
           keep: int = KEEP) -> T:
    """build(), or the value a former build() over the same files left on disk; `keep`: how many
    entries of this name stay (a name with several live values at once, e.g. one per pattern,
    needs more than KEEP)."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = fingerprint(paths, extra)
    entry = folder / f"{name}-{key}.pickle"
    value = _read(entry)
    if value is not None:
        return value
    value = build()
    _write(folder, name, entry, value, keep)
    return value


def parsed_yaml(name: str, path: Path):
    """yaml.safe_load of a data file, kept in the disk cache under `name` while the file is
    unchanged. Why: a warm start of one article otherwise imports the YAML parser (~20-40 ms) and
    parses the language packs' files and a few small ones (capitals, URL sections, elections).
    Example: parsed_yaml("data-yaml-capitals", data/actors/capitals.yaml)["dhaka"] == "BGD"."""
    def parsed():
        import yaml   # here, not at the top: a warm start reads every such file from the cache
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return cached(name, [path], parsed)


def _read(entry: Path):
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    # unpickling makes many objects at once: collecting garbage in between only costs time
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    except Exception:   # a torn or foreign file: rebuild it
        return None
    finally:
        if enabled:
            gc.enable()


def _replace_atomically(target: Path, data: bytes, prefix: str) -> None:
    """Write `data` to `target` through a temporary file beside it (named `prefix`...) moved over it
    in one step, so a reader never sees half a file; the temporary file never outlives a failure."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write(folder: Path, name: str, entry: Path, value, keep: int = KEEP) -> None:
    """Write atomically (a reader never sees half a file) and drop this name's older entries
    beyond the newest `keep` (several checkouts of different versions may share the folder)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _replace_atomically(entry, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), f".{name}-")
        mine = [p for p in folder.glob(f"{name}-*.pickle") if p.name[len(name) + 1:].count("-") == 0]
        for old in sorted(mine, key=lambda p: p.stat().st_mtime, reverse=True)[keep:]:
            if old != entry:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass

