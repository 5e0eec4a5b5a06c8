"""The publication day of an HTML page, never invented.

In order of trust:
1. the page's metadata (meta tags, JSON-LD, <time>, a date in the URL: htmldate without its full
   search, preferring the original date), unless the only date there is a "modified"/"updated" one;
2. a visible dateline: the words before a publication date ("প্রকাশ:", "Published", from the
   language packs' `clean.yaml` `dates.published_markers`) in the page outside navigation, asides,
   footers and comments; an "updated" date is not one;
3. a date in the URL path (/2025/07/14/, 2025-07-14, 20250714);
4. htmldate's full search over the page without navigation, asides, footers, comments and prose
   paragraphs (the dates a story names are its events'); a bare copyright year (htmldate gives YYYY-01-01 for it) is no publication date.
A "modified" date alone gives no publication date.
"""
from __future__ import annotations

import copy
import re
from functools import lru_cache

import regex

from ..textutil import terminator_class
from .dates import date_after_marker, date_in_url, normalise_published, published_marker

_NOT_THE_STORY = re.compile(r"comment|sidebar|related|footer|widget|recommend|popular|most-read", re.I)
_MODIFIED_KEY = re.compile(r"modif|updat|revis", re.I)


def publication_date(tree, url: str | None, meta_date: str | None) -> str | None:
    """The page's publication day as YYYY-MM-DD, or None. `tree` is lxml's, left unchanged;
    `meta_date` is what trafilatura's metadata pass found (htmldate without its full search)."""
    meta = normalise_published(meta_date)
    declared, modified = _metadata_dates(tree)
    if meta and meta in declared | {date_in_url(url)} and meta not in modified:
        return meta
    # htmldate's quick pass also reads dates off page elements ("Last updated ..." first):
    # an explicit publication dateline beats it
    story = _story_only(tree)
    visible = _visible_dateline(story)
    if visible:
        return visible
    if meta and meta not in modified:
        return meta
    found = date_in_url(url) or _full_search(story, url)
    return None if found in modified else found


def _metadata_dates(tree) -> tuple[set[str], set[str]]:
    """(days the metadata declares, days it gives as modified or updated): meta tags and JSON-LD."""
    declared: set[str] = set()
    modified: set[str] = set()
    for el in tree.iter("meta"):
        key = " ".join(el.get(a) or "" for a in ("property", "name", "itemprop", "http-equiv"))
        content = el.get("content") or ""
        if len(content) < 8 or not regex.search(r"\d{4}", content):
            continue
        day = normalise_published(content) if regex.match(r"\s*\d{4}-\d", content) else None
        if day:
            (modified if _MODIFIED_KEY.search(key) else declared).add(day)
    for el in tree.iter("script"):
        if "ld+json" not in (el.get("type") or ""):
            continue
        for key, value in regex.findall(r'"(\w*[Dd]ate\w*)"\s*:\s*"(\d{4}-[^"]{4,36})"', el.text or ""):
            if day := normalise_published(value):
                (modified if _MODIFIED_KEY.search(key) else declared).add(day)
    return declared, modified


def _story_only(tree):
    """A copy of the page without navigation, asides, footers and comment sections."""
    story = copy.deepcopy(tree)
    for el in list(story.iter("nav", "aside", "footer", "header")):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(story.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if _NOT_THE_STORY.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            el.drop_tree()
    return story


def _visible_dateline(story) -> str | None:
    """The first date after a publication marker that opens a piece of the page's text."""
    marker = published_marker(None)
    if marker is None:
        return None
    for el in story.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        for piece in (el.text, el.tail):
            if piece and piece.strip() and (day := date_after_marker(" ".join(piece.split()), marker)):
                return day
    return None


PROSE_WORDS = 8   # a paragraph of sentences is the story's prose: the dates it names are its events'


@lru_cache(maxsize=1)
def _sentence_end() -> regex.Pattern:
    """A text that ends like a sentence: a terminator of any pack, then closing quotes or brackets."""
    return regex.compile(terminator_class() + r"[\"'”’)]*\s*$")


def _full_search(story, url: str | None) -> str | None:
    """htmldate's full search, over the page without its prose paragraphs."""
    import htmldate   # a third of a second to import: only pages without trustworthy metadata need it
    page = copy.deepcopy(story)
    for el in list(page.iter("p", "li", "blockquote")):
        text = " ".join(el.text_content().split())
        if el.getparent() is not None and len(text.split()) >= PROSE_WORDS and _sentence_end().search(text):
            el.drop_tree()
    try:
        found = htmldate.find_date(page, url=url, extensive_search=True, original_date=True)
    except Exception:   # htmldate raises on odd markup; no date then
        return None
    day = normalise_published(found)
    if day and day.endswith("-01-01"):
        return None   # htmldate's reading of a bare copyright year
    return day
