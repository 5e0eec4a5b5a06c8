"""The story pages of `khobor serve`: stories of two or more articles, and one story with its
reports across outlets and languages and its events counted once.

    /stories            stories in the order they began, with filters (language, dates, size)
    /story/{id}         its articles, its deduplicated events with mentions, articles and sources

Rendered with the templates of khobor.web.pages (autoescaped, no scripts).
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import HTMLResponse

from ..api.app import ERRORS, StoreDep
from ..api.params import Cursor, Language, Since, Until, day_range, decode_cursor, encode_cursor, reject_unknown_parameters
from ..organise.read import StoryFilter, get_story, list_stories
from .pages import render

router = APIRouter(dependencies=[Depends(reject_unknown_parameters)], include_in_schema=False, responses=ERRORS)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(store: StoreDep, language: Language = None, since: Since = None, until: Until = None,
                 min_articles: Annotated[int, Query(ge=1, le=10000)] = 2, cursor: Cursor = None):
    lo, hi = day_range(since, until)
    filters = {"language": language, "since": lo, "until": hi, "min_articles": min_articles}
    with store.reading() as conn:
        page = list_stories(conn, StoryFilter(min_articles, language, lo, hi), decode_cursor(cursor, 1), 30)
    return render("stories.html", items=page.items, next=encode_cursor(page.next), filters=filters)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story_page(store: StoreDep, story_id: Annotated[int, Path(ge=1, le=2**62)]):
    with store.reading() as conn:
        story = get_story(conn, story_id)
    if story is None:
        raise HTTPException(404, {"error": f"no story {story_id} in this store (`khobor stories rebuild` builds them)"})
    return render("story.html", story=story)
