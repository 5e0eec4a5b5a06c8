"""Readers, one per input format. `read_inputs` walks paths (files, directories, `-` for stdin),
picks the reader by extension or by sniffing the content, and yields one `RawArticle` per
article or an `(source, reason)` pair for input that cannot become one."""
from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .decode import decode_bytes
from .html import read_html
from .jsonl import read_jsonl
from .raw import InputError, RawArticle
from .rss import read_feed
from .text import read_text
from .warc import read_warc

DEFAULT_MAX_BYTES = 2_000_000   # one article (a long one is 50 KB); container files (JSONL, WARC) are streamed
Failure = tuple[str, str]

_JSONL = (".jsonl", ".ndjson", ".jsonl.gz")
_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
_FEED = (".rss", ".atom")
_HTML = (".html", ".htm", ".xhtml")


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


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Failure]:
    source = str(path)
    try:
        size = path.stat().st_size
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
        if size > max_bytes:
            yield source, (f"file too large for one article ({size / 1e6:.1f} MB > {max_bytes / 1e6:g} MB limit); "
                           "split it or raise --max-size")
            return
        yield from _document(path.read_bytes(), source, kind)
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


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str]:
    """Files in the order given; directories recursively, sorted, hidden files skipped."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def read_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Failure]:
    for item in expand_paths(paths):
        if item == "-":
            yield from read_stdin(max_bytes)
        elif not item.exists():
            yield str(item), "no such file or directory"
        else:
            yield from read_file(item, max_bytes)
