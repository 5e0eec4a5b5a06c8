"""JSON Lines: one article per line. Scraper dumps name their fields differently, so common
aliases are accepted (`headline` for `title`, `paper_name` for `outlet`, ...)."""
from __future__ import annotations

import json
from typing import IO, Iterator

from .html import read_html
from .raw import InputError, RawArticle

FIELD_ALIASES = {
    "text": ("text", "body", "content", "article"),
    "html": ("html", "raw_html"),
    "url": ("url", "link", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "publication_date", "date", "published_at", "pub_date"),
    "retrieved": ("retrieved", "scraped_at", "retrieved_at", "fetched_at", "crawled_at", "downloaded_at"),
    "outlet": ("outlet", "paper_name", "source", "site", "sitename"),
    "language": ("language", "lang"),
    "author": ("author", "authors", "byline"),
}


def _first(row: dict, field: str):
    for key in FIELD_ALIASES[field]:
        value = row.get(key)
        if value not in (None, "", []):
            return value
    return None


def row_to_article(row: dict, source: str) -> RawArticle:
    if not isinstance(row, dict):
        raise InputError("line is JSON but not an object")
    text, html = _first(row, "text"), _first(row, "html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError("no 'text' or 'html' field")
    author = _first(row, "author")
    authors = [a for a in (author if isinstance(author, list) else [author]) if isinstance(a, str) and a.strip()]
    given = {"url": _first(row, "url"), "title": _first(row, "title"), "published": _first(row, "published"),
             "outlet": _first(row, "outlet"), "language_hint": _first(row, "language"),
             "retrieved": _first(row, "retrieved")}
    if not isinstance(text, str):
        # HTML goes through the one HTML path; what the row says beats what the page says
        raw = read_html(html, source, url=given["url"])
        for key, value in given.items():
            if value is not None:
                setattr(raw, key, value)
        raw.authors = authors or raw.authors
        return raw
    return RawArticle(source=source, text=text, authors=authors, **given)


def _bounded_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Lines of at most max_bytes; a longer line is skipped in pieces (None in its place), so a
    file of one endless line never sits in memory whole."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
        yield None


def read_jsonl(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[RawArticle | tuple[str, str]]:
    """Yields articles, or (source, reason) for a line that cannot be one."""
    for lineno, raw in enumerate(_bounded_lines(stream, max_bytes), 1):
        where = f"{source}#L{lineno}"
        if raw is None:
            yield where, f"line too large (> {max_bytes / 1e6:g} MB limit)"
            continue
        if not raw.strip():
            continue
        try:
            row = json.loads(raw.decode("utf-8"))
            yield row_to_article(row, where)
        except UnicodeDecodeError as err:
            yield where, f"invalid UTF-8 at byte {err.start}"
        except json.JSONDecodeError as err:
            yield where, f"invalid JSON: {err.msg} at column {err.colno}"
        except InputError as err:
            yield where, str(err)
