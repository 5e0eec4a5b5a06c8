"""RSS and Atom feeds (feedparser): each item with content is one article."""
from __future__ import annotations

from typing import Iterator

from .html import read_html
from .raw import InputError, RawArticle


def _item_html(entry) -> str | None:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or None


def read_feed(data: bytes, source: str) -> Iterator[RawArticle | tuple[str, str]]:
    import feedparser   # imported here: only feeds need it, and it is slow to import
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield source, f"unreadable feed: {feed.get('bozo_exception')}"
        return
    outlet = (feed.feed or {}).get("title")
    for i, entry in enumerate(feed.entries, 1):
        where = f"{source}#item{i}"
        body = _item_html(entry)
        if not body:
            yield where, "feed item has no content or summary"
            continue
        try:
            raw = read_html(f"<html><body><article>{body}</article></body></html>", where, url=entry.get("link"))
        except InputError as err:
            yield where, str(err)
            continue
        raw.title = entry.get("title") or raw.title
        raw.published = entry.get("published") or entry.get("updated") or raw.published
        raw.outlet = outlet or raw.outlet
        if entry.get("author"):
            raw.authors = [entry["author"]]
        yield raw
