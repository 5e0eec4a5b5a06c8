"""Query parameters shared by the API and the web pages, checked before any query runs.

A bad parameter is a 400 whose body says which parameter and why:
    {"error": "bad parameter", "problems": [{"parameter": "since", "message": "not a date (YYYY-MM-DD)"}]}
An unknown parameter is bad too (a misspelt filter would otherwise be silently ignored).
Cursors are opaque to clients: base64url of the JSON key the store pages by.
"""
from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import Annotated, Any, get_args

from fastapi import HTTPException, Query, Request

from ..record import Modality, PloverType
from ..store.queries import TIMELINE_KINDS, TimelineKey

PLOVER_TYPES: tuple[str, ...] = get_args(PloverType)
MODALITIES: tuple[str, ...] = get_args(Modality)
MAX_LIMIT = 500


class BadParameter(HTTPException):
    def __init__(self, parameter: str, message: str):
        super().__init__(status_code=400, detail={"error": "bad parameter",
                                                  "problems": [{"parameter": parameter, "message": message}]})


Language = Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="Language code: bn, en, ...")]
Outlet = Annotated[str | None, Query(min_length=1, max_length=200, description="Outlet name, exactly as stored")]
Since = Annotated[date | None, Query(description="On or after this day (YYYY-MM-DD)")]
Until = Annotated[date | None, Query(description="On or before this day (YYYY-MM-DD)")]
SearchActor = Annotated[str | None, Query(min_length=1, max_length=200, description="Only articles that mention "
                       "this actor: a registry id (vladimir-putin) or a name in either script (Putin, পুতিন)")]
SearchEventType = Annotated[str | None, Query(max_length=40, description="Only articles with an event of this "
                            f"PLOVER type: {', '.join(PLOVER_TYPES)}")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Most items in one page")]
Cursor = Annotated[str | None, Query(max_length=200, description="The `next` value of the previous page")]


def day_range(since: date | None, until: date | None) -> tuple[str | None, str | None]:
    """Dates -> ISO strings as stored; a range that ends before it starts is a bad parameter."""
    if since and until and since > until:
        raise BadParameter("until", f"{until.isoformat()} is before since={since.isoformat()}")
    return (since.isoformat() if since else None, until.isoformat() if until else None)


def search_filter(conn, **typed) -> "SearchFilter":
    """Search filters as the request gave them -> a SearchFilter (the actor resolved to its id);
    an actor the registry does not know, or a type that is not PLOVER's, is a bad parameter."""
    from ..store.search import SearchFilterError, user_filter
    try:
        return user_filter(conn, **typed)
    except SearchFilterError as err:
        raise BadParameter(err.parameter, str(err)) from None


def encode_cursor(key: Any) -> str | None:
    if key is None:
        return None
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, arity: int) -> Any:
    """A cursor this API gave out -> its key: an int (arity 1) or a tuple of ints."""
    if cursor is None:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        key = None
    parts = key if isinstance(key, list) else [key]
    if len(parts) != arity or not all(isinstance(p, int) and not isinstance(p, bool) and p >= 0 for p in parts):
        raise BadParameter("cursor", "not a cursor this API gave out (use the `next` value of a page)")
    return parts[0] if arity == 1 else tuple(parts)


def decode_timeline_cursor(cursor: str | None) -> TimelineKey | None:
    """A timeline cursor -> its TimelineKey (doc, kind, n), kind the index of "event" or "quote" in
    TIMELINE_KINDS; any other kind is a 400, not a page that quietly re-reads an article:
    decode_timeline_cursor(encode_cursor([7, 1, 0])) == TimelineKey(7, 1, 0)."""
    key = decode_cursor(cursor, 3)
    if key is None:
        return None
    if key[1] >= len(TIMELINE_KINDS):
        raise BadParameter("cursor", "not a cursor this API gave out (use the `next` value of a page)")
    return TimelineKey(*key)


async def reject_unknown_parameters(request: Request) -> None:
    """A dependency for every route: a query parameter the route does not declare is a 400."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = {p.alias for p in _all_query_params(dependant)}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise BadParameter(unknown[0], f"unknown parameter (this endpoint takes: {', '.join(sorted(known)) or 'none'})")


def _all_query_params(dependant):
    yield from dependant.query_params
    for sub in dependant.dependencies:
        yield from _all_query_params(sub)


def stored_record(store, article_id: str):
    """The stored record with this id or unique prefix; a 400 for an ambiguous prefix, a 404 for none
    (the API's article and the web's article page)."""
    from ..store import StoreError
    try:
        rec = store.get(article_id)
    except StoreError as err:
        raise BadParameter("article_id", str(err)) from None
    if rec is None:
        raise HTTPException(404, {"error": f"no article with id {article_id!r}"})
    return rec
