"""Readers, one per input format. `read_inputs` walks paths (files, directories, `-` for stdin),
picks the reader by extension or by sniffing the content, and yields one `RawArticle` per
article or an `(source, reason)` pair for input that cannot become one."""
from __future__ import annotations

import gzip
import os
import stat
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .decode import decode_bytes
from .html import read_html
from .jsonl import read_jsonl
from .raw import SKIPPED, InputError, RawArticle
from .rss import read_feed
from .text import read_text
from .warc import read_warc

DEFAULT_MAX_BYTES = 2_000_000   # one article (a long one is 50 KB); container files (JSONL, WARC) are streamed
Failure = tuple[str, str]

_JSONL = (".jsonl", ".ndjson", ".jsonl.gz")
_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
_FEED = (".rss", ".atom")
_HTML = (".html", ".htm", ".xhtml")
_TEXT = (".txt", ".text")
# what a directory walk reads; a file named on the command line is read whatever its name
READ_IN_DIRECTORIES = _JSONL + _WARC + _FEED + _HTML + _TEXT + (".xml",)


def _kind_by_name(name: str) -> str | None:
    low = name.lower()
    for kind, exts in (("jsonl", _JSONL), ("warc", _WARC), ("feed", _FEED), ("html", _HTML)):
        if low.endswith(exts):
            return kind
    return None


def _sniff(head: bytes) -> str:
    start = head.lstrip()[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"\x1f\x8b"):
        return "gzip"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start or b"<article" in start:
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _document(data: bytes, source: str, kind: str) -> Iterator[RawArticle | Failure]:
    if kind == "feed":
        yield from read_feed(data, source)
        return
    try:
        text = decode_bytes(data)
        yield read_html(text, source) if kind == "html" else read_text(text, source)
    except InputError as err:
        yield source, str(err)


def _not_a_regular_file(mode: int) -> str | None:
    """Why a path that is not a regular file is refused (a FIFO would block, a device never ends)."""
    for test, what in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return f"not a regular file ({what})"
    return None if stat.S_ISREG(mode) else "not a regular file"


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Failure]:
    source = str(path)
    try:
        status = path.stat()  # a symlink is judged by its target
        refused = _not_a_regular_file(status.st_mode)
        if refused:
            yield source, refused
            return
        size = status.st_size  # true for a regular file; reads are bounded anyway
        kind = _kind_by_name(path.name)
        with open(path, "rb") as f:
            head = f.read(2048)
        if kind is None:
            kind = _sniff(head)
            if kind == "gzip":
                kind = "warc" if head[:2] == b"\x1f\x8b" and ".warc" in path.name.lower() else "gzip"
        if kind == "warc" or (kind == "gzip" and path.name.lower().endswith(".gz")):
            with open(path, "rb") as f:
                yield from read_warc(f, source, max_bytes)
            return
        if kind == "jsonl":
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as f:
                yield from read_jsonl(f, source, max_bytes)
            return
        data = b""
        if size <= max_bytes:
            with open(path, "rb") as f:
                data = f.read(max_bytes + 1)  # a file that grew since stat() is still cut at the limit
        if size > max_bytes or len(data) > max_bytes:
            yield source, (f"file too large for one article ({max(size, len(data)) / 1e6:.1f} MB > "
                           f"{max_bytes / 1e6:g} MB limit); split it or raise --max-size")
            return
        yield from _document(data, source, kind)
    except OSError as err:
        yield source, f"cannot read: {err.strerror or err}"


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Failure]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield "<stdin>", f"input too large for one article (> {max_bytes / 1e6:g} MB limit)"
        return
    kind = _sniff(data[:2048])
    if kind == "jsonl":
        import io
        yield from read_jsonl(io.BytesIO(data), "<stdin>", max_bytes)
    elif kind in ("warc", "gzip"):
        import io
        yield from read_warc(io.BytesIO(data), "<stdin>", max_bytes)
    else:
        yield from _document(data, "<stdin>", kind)


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str | Failure]:
    """Files in the order given; directories recursively, sorted, hidden files skipped, only the
    kinds of file khobor reads (the others, and directories that cannot be read, as Failures)."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(top: Path) -> Iterator[Path | Failure]:
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=unreadable.append):
        while unreadable:
            err = unreadable.pop(0)
            yield str(err.filename or root), f"cannot read directory: {err.strerror or err}"
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(READ_IN_DIRECTORIES):
                yield Path(root) / name
            else:
                yield str(Path(root) / name), (SKIPPED + "not a kind of file khobor reads in a directory "
                                               "(.txt, .html, .jsonl, .warc.gz, .rss ...)")
    for err in unreadable:
        yield str(err.filename or top), f"cannot read directory: {err.strerror or err}"


def read_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Failure]:
    for item in expand_paths(paths):
        if isinstance(item, tuple):
            yield item
        elif item == "-":
            yield from read_stdin(max_bytes)
        elif not item.exists():
            yield str(item), "no such file or directory"
        else:
            yield from read_file(item, max_bytes)
