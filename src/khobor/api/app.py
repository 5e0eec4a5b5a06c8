"""The REST API over a khobor store: articles, search, events, quotes, actors; with an API key
(`KHOBOR_API_KEY`), ingest and delete too (khobor.api.write).

    from khobor.api.app import create_app
    app = create_app("khobor.db")        # the API alone; khobor.web.app.create_app adds the pages

Every list is a page `{"items": [...], "next": CURSOR}`: pass `cursor=CURSOR` for the next one
(`next` is null on the last page). A bad or unknown parameter is a 400 that names it. The schema
is at /openapi.json; /docs renders it as a page (no scripts, nothing fetched from elsewhere).
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Annotated

import orjson

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from ..organise.read import StoryFilter, get_story as read_story, list_stories as read_stories
from ..store import Store, open_store
from ..store.store import SERVE_MMAP_BYTES
from ..store.search import Hit, SearchSyntaxError
from ..store import queries as Q
from . import models as M
from .fast import FastReads
from .params import (MODALITIES, PLOVER_TYPES, BadParameter, stored_record, Cursor, Language, Limit, Outlet,
                     SearchActor, SearchEventType, Since, Until, day_range, decode_cursor, decode_timeline_cursor,
                     encode_cursor, reject_unknown_parameters, search_filter)

ERRORS = {400: {"model": M.ErrorOut, "description": "A bad or unknown parameter"},
          404: {"model": M.ErrorOut, "description": "No such article, actor or story"}}

router = APIRouter(prefix="/api", dependencies=[Depends(reject_unknown_parameters)], responses=ERRORS)


class PageResponse(JSONResponse):
    """JSON written by orjson: a timeline of 200 items (80 KB) in 0.15 ms instead of 1.3 ms with
    the standard library's encoder. The same JSON values; NaN, which no page holds, would be null."""

    def render(self, content) -> bytes:
        return orjson.dumps(content)


def page_json(body: dict) -> JSONResponse:
    """A list page answered as it was built, without FastAPI validating it again against the
    route's response model (which still documents it): the store's queries build each item to
    that model (tests/test_api.py checks them against it), and validating a page of 200 items a
    second time cost more CPU than the query that found them."""
    return PageResponse(body)


async def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]
ArticleId = Annotated[str, Path(pattern=r"^[0-9a-fA-F]{6,64}$", description="Article id or a unique prefix (>= 6)")]


@router.get("/articles", response_model=M.ArticlePage, summary="List articles, stored order")
def list_articles(store: StoreDep, language: Language = None, outlet: Outlet = None, since: Since = None,
                  until: Until = None, limit: Limit = 50, cursor: Cursor = None):
    lo, hi = day_range(since, until)
    f = Q.ArticleFilter(language=language, outlet=outlet, since=lo, until=hi)
    with store.reading() as conn:
        page = Q.list_articles(conn, f, decode_cursor(cursor, 1), limit)
    return page_json({"items": page.items, "next": encode_cursor(page.next)})


@router.get("/articles/search", response_model=M.SearchPage, summary="Full-text search, best first")
def search_articles(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500, description="Words "
                    "(AND-ed), a OR b, and \"quoted phrases\"")], language: Language = None, outlet: Outlet = None,
                    since: Since = None, until: Until = None, actor: SearchActor = None,
                    event_type: SearchEventType = None, limit: Limit = 20, cursor: Cursor = None):
    lo, hi = day_range(since, until)
    offset = decode_cursor(cursor, 1) or 0
    typed = dict(language=language, outlet=outlet, since=lo, until=hi, actor=actor, event_type=event_type)
    if actor:  # only an actor's name needs the store to resolve
        with store.reading() as conn:
            filters = search_filter(conn, **typed)
    else:
        filters = search_filter(None, **typed)
    try:
        hits = store.search(q, limit + 1, offset=offset, filters=filters)
    except SearchSyntaxError as err:
        raise BadParameter("q", str(err))
    more = len(hits) > limit
    return page_json({"items": [_search_item(h) for h in hits[:limit]],
                      "next": encode_cursor(offset + limit) if more else None})


def _search_item(hit: Hit) -> dict:
    """A hit as M.SearchHit writes it (its fields in its order; a hit names no outlet)."""
    return {"id": hit.id, "url": hit.url, "outlet": None, "language": hit.language, "published": hit.published,
            "title": hit.title, "snippet": hit.snippet, "score": hit.score}


@router.get("/articles/{article_id}", summary="One article: the whole record, text and facts",
            response_model=None)
def get_article(store: StoreDep, article_id: ArticleId) -> dict:
    return stored_record(store, article_id).to_dict()


@router.get("/articles/{article_id}/copies", response_model=list[M.CopyOut],
            summary="The other articles of this article's report (near-duplicates; `khobor stories rebuild`)")
def article_copies(store: StoreDep, article_id: ArticleId):
    with store.reading() as conn:
        if not Q.article_exists(conn, article_id):
            raise HTTPException(404, {"error": f"no article with id {article_id!r} (copies take the full id)"})
        return Q.same_report(conn, article_id)


@router.get("/events", response_model=M.EventPage, summary="Events with filters, stored order")
def list_events(store: StoreDep, actor: Annotated[str | None, Query(pattern=r"^[\w.\-]{1,120}$",
                description="Actor id, as actor or recipient")] = None,
                type: Annotated[list[str], Query(description=f"PLOVER type(s): {', '.join(PLOVER_TYPES)}")] = [],
                country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO 3166 alpha-3, of an "
                                   "actor, a recipient or the place")] = None,
                modality: Annotated[str | None, Query(description=f"One of {', '.join(MODALITIES)}")] = None,
                since: Since = None, until: Until = None,
                min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
                language: Language = None,
                story: Annotated[int | None, Query(ge=1, le=2**62, description="Only events of this story's "
                                 "articles (a story id from /api/stories)")] = None,
                limit: Limit = 50, cursor: Cursor = None):
    bad_types = [t for t in type if t not in PLOVER_TYPES]
    if bad_types:
        raise BadParameter("type", f"not a PLOVER type: {bad_types[0]!r} (one of {', '.join(PLOVER_TYPES)})")
    if modality is not None and modality not in MODALITIES:
        raise BadParameter("modality", f"not a modality: {modality!r} (one of {', '.join(MODALITIES)})")
    lo, hi = day_range(since, until)
    f = Q.EventFilter(actor=actor, type=list(type), country=country, modality=modality, since=lo, until=hi,
                      min_confidence=min_confidence, language=language, story=story)
    with store.reading() as conn:
        page = Q.list_events(conn, f, decode_cursor(cursor, 2), limit)
    return page_json({"items": page.items, "next": encode_cursor(page.next)})


@router.get("/quotes", response_model=M.QuotePage, summary="Quotes, of one speaker when given")
def list_quotes(store: StoreDep, speaker: Annotated[str | None, Query(pattern=r"^[\w.\-]{1,120}$",
                description="The speaker's actor id")] = None, language: Language = None,
                since: Since = None, until: Until = None, limit: Limit = 50, cursor: Cursor = None):
    lo, hi = day_range(since, until)
    with store.reading() as conn:
        page = Q.list_quotes(conn, speaker, Q.ArticleFilter(language=language, since=lo, until=hi),
                             decode_cursor(cursor, 2), limit)
    return page_json({"items": page.items, "next": encode_cursor(page.next)})


def _actor_or_404(conn, actor_id: str) -> dict:
    found = Q.actor(conn, actor_id)
    if found is None:
        raise HTTPException(404, {"error": f"no actor {actor_id!r} in this store"})
    return found


@router.get("/actors/{actor_id}", response_model=M.ActorOut, summary="An actor: counts and co-occurring actors")
def get_actor(store: StoreDep, actor_id: Annotated[str, Path(pattern=r"^[\w.\-]{1,120}$")]):
    with store.reading() as conn:
        return {**_actor_or_404(conn, actor_id), "co_actors": Q.co_actors(conn, actor_id)}


TIMELINE_PAGING = ("`limit` items in all, events and quotes together, in stored order (each article's events, "
                   "then its quotes); `next` is the cursor of the following page. The items of one page are "
                   "given by date. A cap on the whole page, not on each kind: a page of `limit` events plus `limit` "
                   "quotes was twice the size asked for, twice the time, and had no way past it.")


@router.get("/actors/{actor_id}/timeline", response_model=M.Timeline,
            summary="An actor's events and quotes by date, one page at a time", description=TIMELINE_PAGING)
def actor_timeline(store: StoreDep, actor_id: Annotated[str, Path(pattern=r"^[\w.\-]{1,120}$")],
                   since: Since = None, until: Until = None, limit: Limit = 200, cursor: Cursor = None):
    lo, hi = day_range(since, until)
    with store.reading() as conn:
        page = Q.known_timeline(conn, actor_id, lo, hi, limit, decode_timeline_cursor(cursor))
    if page is None:
        raise HTTPException(404, {"error": f"no actor {actor_id!r} in this store"})
    return page_json({"actor": actor_id, "items": page.items, "next": encode_cursor(page.next)})


@router.get("/stories", response_model=M.StoryPage, summary="Stories (articles of one happening across outlets "
            "and languages), in the order they began")
def list_stories(store: StoreDep, min_articles: Annotated[int, Query(ge=1, le=10000, description="Only stories "
                 "of at least this many articles")] = 1, language: Language = None, since: Since = None,
                 until: Until = None, limit: Limit = 50, cursor: Cursor = None):
    lo, hi = day_range(since, until)
    f = StoryFilter(min_articles=min_articles, language=language, since=lo, until=hi)
    with store.reading() as conn:
        page = read_stories(conn, f, decode_cursor(cursor, 1), limit)
    return {"items": page.items, "next": encode_cursor(page.next)}


@router.get("/stories/{story_id}", response_model=M.StoryOut,
            summary="One story: its articles and its events counted once, with mentions and sources")
def get_story(store: StoreDep, story_id: Annotated[int, Path(ge=1, le=2**62)]):
    with store.reading() as conn:
        found = read_story(conn, story_id)
    if found is None:
        raise HTTPException(404, {"error": f"no story {story_id} in this store (`khobor stories rebuild` builds them)"})
    return found


def _problems(exc: RequestValidationError) -> list[dict]:
    out = []
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body")]
        out.append({"parameter": ".".join(loc) or "request", "message": e.get("msg", "invalid")})
    return out


def _error_response(request: Request, body: dict, status: int, headers=None):
    """JSON for the API; a page for a person when the web pages are served and asked for."""
    html = getattr(request.app.state, "html_error", None)
    if html is not None and not request.url.path.startswith(("/api/", "/openapi")):
        return html(body, status)
    return JSONResponse(body, status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        return _error_response(request, {"error": "bad parameter", "problems": _problems(exc)}, 400)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        body = exc.detail if isinstance(exc.detail, dict) else {"error": str(exc.detail)}
        return _error_response(request, body, exc.status_code, exc.headers)


def create_app(db: str | None = None, store: Store | None = None, *, api_key: str | None = None,
               keep_search_pages: bool = False) -> FastAPI:
    """The API over the store at `db` (or `store`); khobor.web.app.create_app adds the pages. Writes
    need `api_key`, else $KHOBOR_API_KEY; with neither the server is read-only. With
    `keep_search_pages` (a server's worker), search pages are kept in the store while it serves
    and the frequent ones ranked again after each write (khobor.store.search_pages)."""
    from . import write
    own = store is None
    store = store or open_store(db, must_exist=True, mmap_bytes=SERVE_MMAP_BYTES)

    @asynccontextmanager
    async def lifespan(_app):
        pages = store.keep_search_pages() if keep_search_pages else None
        yield
        if pages is not None:
            pages.stop()
        for close in _app.state.on_close:
            close()
        if own:
            store.close()

    app = FastAPI(title="khobor", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description=__doc__)
    app.state.store = store
    app.state.on_close = []  # called when the server stops, before the store closes
    app.state.api_key = api_key or write.api_key_from_env()
    _install_error_handlers(app)
    app.include_router(router)
    app.include_router(write.router)
    app.add_middleware(FastReads)  # plain GETs of the hot reads skip routing; the rest reach the routes
    return app

