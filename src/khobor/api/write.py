"""The API's write endpoints: ingest one article, delete one. Only with the server's API key.

    KHOBOR_API_KEY=some-long-secret khobor serve
    curl -X POST -H 'X-API-Key: some-long-secret' -H 'Content-Type: application/json' \
         -d '{"text": "…", "published": "2025-07-01"}' http://127.0.0.1:8000/api/articles
    curl -X DELETE -H 'X-API-Key: some-long-secret' http://127.0.0.1:8000/api/articles/cd88cd92c69fdcdc

Without a key in the environment the server is read-only: these endpoints answer 403 and say how
to allow writes. With one, a request without the key or with another answers 401. The key is
compared in constant time (hmac.compare_digest), so its characters cannot be guessed one by one
from how long a refusal takes.
"""
from __future__ import annotations

import hmac
import os
import threading
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Response, Security
from fastapi.security import APIKeyHeader
from pydantic import BaseModel, Field

from . import models as M
from .params import BadParameter, reject_unknown_parameters

API_KEY_ENV = "KHOBOR_API_KEY"
# One article through the pipeline at a time per process: the models are shared and not made for
# concurrent use, and reads must keep their threads while an ingest runs.
_PIPELINE = threading.Lock()
MAX_ARTICLE_CHARS = 2_000_000  # as `khobor ingest --max-size`: one article, never a whole crawl

key_header = APIKeyHeader(name="X-API-Key", auto_error=False, scheme_name="ApiKey",
                          description=f"The server's API key (${API_KEY_ENV} when it was started)")


def api_key_from_env() -> str | None:
    """The key writes need, from $KHOBOR_API_KEY; None (read-only) when unset or blank."""
    key = (os.environ.get(API_KEY_ENV) or "").strip()
    return key or None


def key_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison of the key a client sent with the server's.

    >>> key_matches("s3cret", "s3cret"), key_matches("s3cre", "s3cret"), key_matches(None, "s3cret")
    (True, False, False)
    """
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def require_api_key(request: Request, given: Annotated[Optional[str], Security(key_header)] = None) -> None:
    """A dependency of every write endpoint: 403 on a read-only server, 401 without the right key."""
    expected = getattr(request.app.state, "api_key", None)
    if not expected:
        raise HTTPException(403, {"error": f"this server is read-only: start `khobor serve` with {API_KEY_ENV} "
                                           "set to allow ingest and delete"})
    if not key_matches(given, expected):
        raise HTTPException(401, {"error": "missing or wrong API key: send the server's key in the X-API-Key "
                                           "header"}, headers={"WWW-Authenticate": "ApiKey"})


WRITE_ERRORS = {401: {"model": M.ErrorOut, "description": "No API key, or a wrong one"},
                403: {"model": M.ErrorOut, "description": "The server is read-only (no API key set)"}}
router = APIRouter(prefix="/api", dependencies=[Depends(reject_unknown_parameters), Depends(require_api_key)],
                   responses=WRITE_ERRORS)


class ArticleIn(BaseModel):
    """One article to read, extract and store: its text or its HTML page (exactly one of them)."""
    model_config = {"extra": "forbid"}
    text: Optional[str] = Field(None, max_length=MAX_ARTICLE_CHARS, description="Plain text; a headline-like "
                                "first line becomes the title")
    html: Optional[str] = Field(None, max_length=MAX_ARTICLE_CHARS, description="An HTML page; its main text "
                                "and metadata are extracted")
    url: Optional[str] = Field(None, max_length=2000)
    title: Optional[str] = Field(None, max_length=1000)
    published: Optional[str] = Field(None, max_length=64, description="The publication date (YYYY-MM-DD, or "
                                     "anything date-like)")
    outlet: Optional[str] = Field(None, max_length=200)
    language: Optional[str] = Field(None, pattern=r"^[a-z]{2,3}$", description="Force a language (bn, en); "
                                    "detected when left out")


class IngestOut(BaseModel):
    id: str
    outcome: Literal["stored", "replaced", "unchanged"]
    title: Optional[str] = None
    language: Optional[str] = None
    entities: int
    quotes: int
    events: int


class DeleteOut(BaseModel):
    deleted: str


def raw_article(body: ArticleIn):
    """The request's article as the readers make it (khobor.ingest), with what the client says."""
    from .. import lang
    from ..ingest.html import read_html
    from ..ingest.raw import InputError
    from ..ingest.text import read_text
    if (body.text is None) == (body.html is None):
        raise BadParameter("text", "give the article as exactly one of `text` or `html`")
    content = body.text if body.text is not None else body.html
    if not content.strip():
        raise BadParameter("text" if body.text is not None else "html", "empty article")
    if body.language and lang.load_or_none(body.language) is None:
        raise BadParameter("language", f"no language pack for {body.language!r} (khobor reads bn, en)")
    try:
        raw = read_text(content, "request") if body.text is not None else read_html(content, "request", body.url)
    except InputError as err:
        raise BadParameter("html", str(err)) from None
    for name in ("url", "title", "published", "outlet", "language"):
        if getattr(body, name):
            setattr(raw, name, getattr(body, name))
    return raw


@router.post("/articles", response_model=IngestOut, status_code=201,
             responses={200: {"model": IngestOut, "description": "Already stored (unchanged)"}},
             summary="Read, extract and store one article (needs the API key)")
def ingest_article(request: Request, response: Response, body: ArticleIn):
    from ..ingest.raw import InputError
    from ..pipeline import process, raw_digest
    raw = raw_article(body)
    digest = raw_digest(raw, None)
    try:
        with _PIPELINE:
            rec = process(raw)
    except InputError as err:
        raise BadParameter("text" if body.text is not None else "html", str(err)) from None
    outcome = request.app.state.store.put(rec, raw_digest=digest)
    if outcome == "unchanged":
        response.status_code = 200
    return {"id": rec.id, "outcome": outcome, "title": rec.title, "language": rec.language,
            "entities": len(rec.entities), "quotes": len(rec.quotes), "events": len(rec.events)}


@router.delete("/articles/{article_id}", response_model=DeleteOut,
               responses={404: {"model": M.ErrorOut, "description": "No article with this id"}},
               summary="Delete one article and its facts (full id; needs the API key)")
def delete_article(request: Request, article_id: Annotated[str, Path(pattern=r"^[0-9a-fA-F]{16}$",
                                                                     description="The article's full id")]):
    if not request.app.state.store.delete(article_id.lower()):
        raise HTTPException(404, {"error": f"no article with id {article_id!r} (delete takes the full id)"})
    return {"deleted": article_id.lower()}
