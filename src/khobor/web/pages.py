"""The web pages of `khobor serve`: server-rendered Jinja2, no scripts, nothing from elsewhere.

    /                 search with filters (language, outlet, dates, actor, event type); without words,
                      the articles in stored order
    /article/{id}     the text with its spans highlighted by layer, every fact in a side panel
    /actor/{id}       counts, co-occurring actors, a timeline chart and list of events and quotes
    /stories, /story/{id}   stories across outlets and languages (khobor.web.stories)
    /events           the events table with the API's filters, and a CSV / JSON Lines download
    /docs             the API's OpenAPI schema as a page

Article text is untrusted: every template autoescapes, nothing is marked safe, and every
response carries a Content-Security-Policy that allows no script at all (see `SecurityHeaders`).
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Annotated, Iterator, Literal
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..api.app import ERRORS, StoreDep
from ..api.params import (MODALITIES, PLOVER_TYPES, BadParameter, stored_record, Cursor, Language, Limit, Outlet,
                          SearchActor, SearchEventType, Since, Until, day_range, decode_cursor, encode_cursor,
                          reject_unknown_parameters, search_filter)
from ..organise.read import story_of_article
from ..store.search import SearchSyntaxError
from ..store import queries as Q
from .spans import LAYERS, marks_of, segments, snippet_parts

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")

env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True,
                  default_for_string=True), trim_blocks=True, lstrip_blocks=True)


def query_string(params: dict, **more) -> str:
    """{"q": "x", "type": ["A", "B"], "outlet": None} + more -> "q=x&type=A&type=B" (empty values left out)."""
    merged = {**params, **more}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", [])}, doseq=True)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the page: a stored 'javascript:' URL is not a link."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


env.filters["qs"] = query_string
env.filters["safe_url"] = safe_url
router = APIRouter(dependencies=[Depends(reject_unknown_parameters)], include_in_schema=False, responses=ERRORS)


def render(name: str, status: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(env.get_template(name).render(**context), status_code=status)


@router.get("/", response_class=HTMLResponse)
def search_page(store: StoreDep, q: Annotated[str, Query(max_length=500)] = "", language: Language = None,
                outlet: Outlet = None, since: Since = None, until: Until = None, actor: SearchActor = None,
                event_type: SearchEventType = None, cursor: Cursor = None):
    lo, hi = day_range(since, until)
    filters = {"q": q, "language": language, "outlet": outlet, "since": lo, "until": hi, "actor": actor,
               "event_type": event_type}
    with store.reading() as conn:
        outlets = Q.outlets(conn)
        wanted = search_filter(conn, language=language, outlet=outlet, since=lo, until=hi, actor=actor,
                               event_type=event_type)
        if q.strip():
            offset = decode_cursor(cursor, 1) or 0
            try:
                hits = store.search(q, 21, offset=offset, filters=wanted)
            except SearchSyntaxError as err:
                raise BadParameter("q", str(err))
            items = [{**h.__dict__, "parts": snippet_parts(h.snippet)} for h in hits[:20]]
            nxt = encode_cursor(offset + 20) if len(hits) > 20 else None
        else:
            page = Q.list_articles(conn, wanted, decode_cursor(cursor, 1), 20)
            items, nxt = page.items, encode_cursor(page.next)
    return render("search.html", items=items, next=nxt, filters=filters, outlets=outlets, types=PLOVER_TYPES)


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(store: StoreDep, article_id: str):
    rec = stored_record(store, article_id)
    data = rec.to_dict()
    with store.reading() as conn:
        copies = Q.same_report(conn, rec.id)
        story = story_of_article(conn, rec.id)
    return render("article.html", rec=data, segments=segments(data["text"], marks_of(data)), layers=LAYERS,
                  copies=copies, story=story)


def month_counts(items: list[dict]) -> list[dict]:
    """Timeline items -> one bar per month: {"month", "events", "quotes", "height_e", "height_q"},
    heights in the chart's units (the busiest month is 100)."""
    counts: dict[str, Counter] = {}
    for it in items:
        month = (it.get("day") or "")[:7] or "undated"
        counts.setdefault(month, Counter())[it["item"]] += 1
    top = max((c["event"] + c["quote"] for c in counts.values()), default=1) or 1
    return [{"month": m, "events": c["event"], "quotes": c["quote"], "height_e": round(100 * c["event"] / top),
             "height_q": round(100 * c["quote"] / top)} for m, c in sorted(counts.items())]


# The actor page shows this many timeline items (the stored first ones); past it the page says so and
# points to the dated range filter and the API's cursor, rather than cutting the list without a word.
ACTOR_PAGE_ITEMS = 1000


@router.get("/actor/{actor_id}", response_class=HTMLResponse)
def actor_page(store: StoreDep, actor_id: str, since: Since = None, until: Until = None):
    lo, hi = day_range(since, until)
    with store.reading() as conn:
        found = Q.actor(conn, actor_id)
        if found is None:
            raise HTTPException(404, {"error": f"no actor {actor_id!r} in this store"})
        timeline = Q.timeline(conn, actor_id, lo, hi, ACTOR_PAGE_ITEMS)
        co = Q.co_actors(conn, actor_id)
    items = timeline.items
    types = Counter(i["type"] for i in items if i["item"] == "event")
    return render("actor.html", actor=found, items=items, co_actors=co, months=month_counts(items),
                  types=sorted(types.items(), key=lambda kv: -kv[1]), more=timeline.next is not None)


def event_filter(actor, type_, country, modality, since, until, min_confidence, language,
                 story: int | None = None) -> Q.EventFilter:
    """The events page's and download's parameters -> a filter (the same checks as the API)."""
    bad = [t for t in type_ if t not in PLOVER_TYPES]
    if bad:
        raise BadParameter("type", f"not a PLOVER type: {bad[0]!r}")
    if modality and modality not in MODALITIES:
        raise BadParameter("modality", f"not a modality: {modality!r}")
    lo, hi = day_range(since, until)
    return Q.EventFilter(actor=actor or None, type=list(type_), country=country or None, modality=modality or None,
                         since=lo, until=hi, min_confidence=min_confidence, language=language, story=story)


class EventParams:
    """The events filters as one dependency (the page and the download take the same)."""

    def __init__(self, actor: Annotated[str | None, Query(pattern=r"^[\w.\-]{0,120}$")] = None,
                 type: Annotated[list[str], Query()] = [],  # noqa: B006 (FastAPI copies defaults)
                 country: Annotated[str | None, Query(pattern=r"^([A-Z]{3})?$")] = None,
                 modality: Annotated[str | None, Query(max_length=20)] = None,
                 since: Since = None, until: Until = None,
                 min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
                 language: Annotated[str | None, Query(pattern=r"^([a-z]{2,3})?$")] = None,
                 story: Annotated[int | None, Query(ge=1, le=2**62)] = None):
        self.raw = {"actor": actor or "", "type": [t for t in type if t], "country": country or "",
                    "modality": modality or "", "since": since.isoformat() if since else "",
                    "until": until.isoformat() if until else "",
                    "min_confidence": "" if min_confidence is None else min_confidence, "language": language or "",
                    "story": "" if story is None else story}
        self.filter = event_filter(actor, self.raw["type"], country, modality, since, until, min_confidence,
                                   language or None, story)


@router.get("/events", response_class=HTMLResponse)
def events_page(store: StoreDep, params: Annotated[EventParams, Depends()], limit: Limit = 100,
                cursor: Cursor = None):
    with store.reading() as conn:
        page = Q.list_events(conn, params.filter, decode_cursor(cursor, 2), limit)
    query = {k: v for k, v in params.raw.items() if v not in ("", [])}
    return render("events.html", items=page.items, next=encode_cursor(page.next), raw=params.raw, query=query,
                  types=PLOVER_TYPES, modalities=MODALITIES, limit=limit)


DOWNLOAD_COLUMNS = ["article_id", "n", "type", "modality", "confidence", "date", "day", "actor_ids", "actor_names",
                    "recipient_ids", "recipient_names", "location_country", "trigger", "language", "title"]


def flat_event(e: dict) -> dict:
    return {"article_id": e["article_id"], "n": e["n"], "type": e["type"], "modality": e["modality"],
            "confidence": e["confidence"], "date": e["date"], "day": e["day"], "location_country": e["location_country"],
            "actor_ids": ";".join(a["id"] for a in e["actors"]),
            "actor_names": ";".join(a["name"] or "" for a in e["actors"]),
            "recipient_ids": ";".join(a["id"] for a in e["recipients"]),
            "recipient_names": ";".join(a["name"] or "" for a in e["recipients"]),
            "trigger": e["trigger"]["text"], "language": e["language"], "title": e["title"]}


def all_events(store, f: Q.EventFilter, page_size: int = 500) -> Iterator[dict]:
    """Every matching event, a page at a time (keyset), so a download never holds them all."""
    after = None
    while True:
        with store.reading() as conn:
            page = Q.list_events(conn, f, after, page_size)
        yield from page.items
        if page.next is None:
            return
        after = page.next


def _csv_lines(events: Iterator[dict]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=DOWNLOAD_COLUMNS)
    writer.writeheader()
    for e in events:
        writer.writerow(flat_event(e))
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


@router.get("/events/download")
def events_download(store: StoreDep, params: Annotated[EventParams, Depends()],
                    format: Annotated[Literal["csv", "jsonl"], Query()] = "csv"):
    events = all_events(store, params.filter)
    if format == "jsonl":
        body = (json.dumps(e, ensure_ascii=False) + "\n" for e in events)
        return StreamingResponse(body, media_type="application/x-ndjson",
                                 headers={"Content-Disposition": 'attachment; filename="events.jsonl"'})
    return StreamingResponse(_csv_lines(events), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request):
    return render("docs.html", spec=request.app.openapi())


SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
_SECURITY_NAMES = {name for name, _ in SECURITY_HEADERS}


class SecurityHeaders:
    """ASGI middleware: every response carries SECURITY_HEADERS (no script may run, nothing loads
    from elsewhere, no framing, no sniffing), and a page's blank form fields are dropped.

    Plain ASGI rather than `@app.middleware("http")`: Starlette runs such a middleware's app in a
    task of its own and pipes every response through a memory stream, about 0.3 ms of CPU per
    request on this machine, which 20 concurrent clients queue behind (bench/bench_api.py)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not scope["path"].startswith("/api/"):
            drop_empty_parameters(scope)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                kept = [h for h in message.get("headers", ()) if bytes(h[0]).lower() not in _SECURITY_NAMES]
                message = {**message, "headers": kept + SECURITY_HEADERS}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def drop_empty_parameters(scope) -> None:
    """A form sends its blank fields ("since=&until="): for the pages, blank means not given."""
    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    scope["query_string"] = urlencode([(k, v) for k, v in pairs if v.strip()]).encode("latin-1")


def install(app) -> None:
    """Add the pages, their static files and the security headers to the API's app."""
    from fastapi.staticfiles import StaticFiles

    app.add_middleware(SecurityHeaders)

    app.state.html_error = lambda body, status: render("error.html", status=status, error=body)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
    from .stories import router as story_router
    app.include_router(story_router)
