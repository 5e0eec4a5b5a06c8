"""A fast path for the three hot reads: a plain, valid GET of /api/events, /api/actors/ID/timeline
or /api/articles/search is answered here, before FastAPI's routing and parameter handling, by the
same queries and the same JSON as the route; anything else goes on to the route unchanged.

"Plain" is narrower than "valid": every parameter known to the route, given once (types may
repeat), each value in its simplest form (a date as YYYY-MM-DD, a limit as digits, an ASCII actor
id), so that the route would take it as it is. A request outside that, or one the route's own
checks turn down (a cursor it did not give out, since after until, a query search cannot parse),
is passed to the route, which answers it, 4xx included, exactly as before. The OpenAPI schema is
the routes', untouched. Why: routing, dependency solving and validating parameters through
pydantic cost about half a millisecond of CPU per request, a third of a timeline's whole cost on
a 100,000-article store (bench/bench_api.py).

    app.add_middleware(FastReads)    # khobor.api.app.create_app does this
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qsl

from fastapi import HTTPException
from starlette.concurrency import run_in_threadpool

from ..store import queries as Q
from ..store.search import SearchSyntaxError
from .params import (MAX_LIMIT, MODALITIES, PLOVER_TYPES, day_range, decode_cursor, decode_timeline_cursor,
                     encode_cursor, search_filter)

_ACTOR = re.compile(r"[A-Za-z0-9_.\-]{1,120}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LIMIT = re.compile(r"[1-9]\d{0,2}")
_CONFIDENCE = re.compile(r"(0|1)(\.\d{1,6})?")
_STORY = re.compile(r"[1-9]\d{0,17}")
_TIMELINE_PATH = re.compile(rf"/api/actors/({_ACTOR.pattern})/timeline")


class NotPlain(Exception):
    """A request the fast path leaves to the route."""


def _day(value: str) -> date:
    if not _DAY.fullmatch(value):
        raise NotPlain
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise NotPlain from None


def _limit(value: str) -> int:
    if not _LIMIT.fullmatch(value) or int(value) > MAX_LIMIT:
        raise NotPlain
    return int(value)


def _confidence(value: str) -> float:
    number = float(value) if _CONFIDENCE.fullmatch(value) else -1.0
    if not 0.0 <= number <= 1.0:
        raise NotPlain
    return number


def _matching(pattern: re.Pattern, value: str) -> str:
    if not pattern.fullmatch(value):
        raise NotPlain
    return value


def _sized(most: int):
    def check(value: str) -> str:
        if not 1 <= len(value) <= most:
            raise NotPlain
        return value
    return check


_LANGUAGE = re.compile(r"[a-z]{2,3}")
_COUNTRY = re.compile(r"[A-Z]{3}")
COMMON = {"since": _day, "until": _day, "limit": _limit}
EVENT_PARAMS = {**COMMON, "actor": lambda v: _matching(_ACTOR, v), "country": lambda v: _matching(_COUNTRY, v),
                "modality": lambda v: v if v in MODALITIES else _fail(), "min_confidence": _confidence,
                "language": lambda v: _matching(_LANGUAGE, v), "story": lambda v: int(_matching(_STORY, v)),
                "cursor": _sized(200)}
TIMELINE_PARAMS = {**COMMON, "cursor": _sized(200)}
SEARCH_PARAMS = {**COMMON, "q": _sized(500), "language": lambda v: _matching(_LANGUAGE, v),
                 "outlet": _sized(200), "cursor": _sized(200)}


def _fail():
    raise NotPlain


def plain_params(query_string: bytes, checks: dict, repeatable: str = "") -> dict:
    """The query string's parameters, each checked into its value, or NotPlain. A repeatable one
    is a list. plain_params(b"limit=5&since=2024-01-02", COMMON) -> {"limit": 5, "since": date(2024, 1, 2)}"""
    try:
        pairs = parse_qsl(query_string.decode("ascii"), keep_blank_values=True, strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        raise NotPlain from None
    out: dict = {}
    for name, value in pairs:
        if name == repeatable:
            if value not in PLOVER_TYPES:
                raise NotPlain
            out.setdefault(name, []).append(value)
        elif name in out or name not in checks:
            raise NotPlain
        else:
            out[name] = checks[name](value)
    return out


def events_page(store, p: dict) -> dict:
    """/api/events as the route answers it (khobor.api.app.list_events)."""
    if p.get("story") is not None and p["story"] > 2**62:
        raise NotPlain
    lo, hi = day_range(p.get("since"), p.get("until"))
    f = Q.EventFilter(actor=p.get("actor"), type=p.get("type", []), country=p.get("country"),
                      modality=p.get("modality"), since=lo, until=hi, min_confidence=p.get("min_confidence"),
                      language=p.get("language"), story=p.get("story"))
    limit = p.get("limit", 50)
    with store.reading() as conn:
        page = Q.list_events(conn, f, decode_cursor(p.get("cursor"), 2), limit)
    return {"items": page.items, "next": encode_cursor(page.next)}


def timeline_page(store, actor_id: str, p: dict) -> dict:
    """/api/actors/ID/timeline as the route answers it (khobor.api.app.actor_timeline)."""
    lo, hi = day_range(p.get("since"), p.get("until"))
    with store.reading() as conn:
        page = Q.known_timeline(conn, actor_id, lo, hi, p.get("limit", 200), decode_timeline_cursor(p.get("cursor")))
    if page is None:
        raise NotPlain  # the route's 404
    return {"actor": actor_id, "items": page.items, "next": encode_cursor(page.next)}


def search_page(store, p: dict) -> dict:
    """/api/articles/search as the route answers it (khobor.api.app.search_articles), without an
    actor or event-type filter (those go to the route)."""
    if "q" not in p:
        raise NotPlain
    lo, hi = day_range(p.get("since"), p.get("until"))
    offset = decode_cursor(p.get("cursor"), 1) or 0
    limit = p.get("limit", 20)
    filters = search_filter(None, language=p.get("language"), outlet=p.get("outlet"), since=lo, until=hi,
                            actor=None, event_type=None)
    try:
        hits = store.search(p["q"], limit + 1, offset=offset, filters=filters)
    except SearchSyntaxError:
        raise NotPlain from None
    from .app import _search_item
    return {"items": [_search_item(h) for h in hits[:limit]],
            "next": encode_cursor(offset + limit) if len(hits) > limit else None}


def answer(store, path: str, query_string: bytes) -> dict | None:
    """The page for a plain GET of a hot path, or None for the route to answer."""
    try:
        if path == "/api/events":
            return events_page(store, plain_params(query_string, EVENT_PARAMS, repeatable="type"))
        if path == "/api/articles/search":
            return search_page(store, plain_params(query_string, SEARCH_PARAMS))
        found = _TIMELINE_PATH.fullmatch(path)
        if found:
            return timeline_page(store, found.group(1), plain_params(query_string, TIMELINE_PARAMS))
    except (NotPlain, HTTPException):
        return None
    return None


HOT_PATHS = ("/api/events", "/api/articles/search", "/api/actors/")


class FastReads:
    """ASGI middleware: answers plain GETs of the hot reads (see the module's docstring) with the
    route's own response class; passes everything else on."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"].startswith(HOT_PATHS):
            # in a worker thread, as the routes run: SQLite lets go of the GIL while it reads, so
            # a long search does not hold up the short reads of the same process
            body = await run_in_threadpool(answer, scope["app"].state.store, scope["path"], scope["query_string"])
            if body is not None:
                from .app import PageResponse
                await PageResponse(body)(scope, receive, send)
                return
        await self.app(scope, receive, send)
