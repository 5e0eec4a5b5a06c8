"""Filling the story tables: one article as it is stored, or the whole store again (grouped at
once: khobor.organise.grouping).

    add_stored(store, record, embedder)        # after store.put(record): its story, as it arrives
    stats = rebuild_stories(store, embedder)   # `khobor stories rebuild`: reports, then stories

Both read what the store holds (the record, the day it was stored) and score articles alike
(khobor.organise.stories.pair_similarity). An ingest places each article given the articles
before it (StoryIndex); a rebuild groups them all at once, so its stories do not depend on the
order the articles came in (and may differ from the ingest's).
A rebuild runs in one transaction: readers see the old stories or the new ones, never half.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable, Iterator

import sqlalchemy as sa

from ..store import Store
from ..store.schema import articles, reports, story_keys, story_members
from .embed import Embedder
from .by_days import DayGrouper
from .profile import Profile, profile_of
from .duplicates import THRESHOLD
from .reports import rebuild as rebuild_reports
from .stories import StoryIndex, StoryParams

BATCH = 64  # articles read and embedded at a time


@dataclass(frozen=True)
class StoryStats:
    articles: int
    stories: int
    multi_article: int  # stories of two articles or more
    copies: int  # near-duplicate copies
    reports_with_copies: int


def _profiles(rows) -> list[Profile]:
    out = []
    for r in rows:
        data = json.loads(r.record)
        data["text"] = r.text
        stored_day = r.stored_at.date().isoformat() if r.stored_at else None
        out.append(profile_of(data, r.doc, stored_day))
    return out


def _stored_batches(conn, after: int = 0, only: int | None = None) -> Iterator[list[Profile]]:
    """Profiles of the stored articles in stored order, BATCH at a time (or of one doc)."""
    cols = (articles.c.doc, articles.c.record, articles.c.text, articles.c.stored_at)
    while True:
        q = sa.select(*cols).where(articles.c.doc > after)
        q = q.where(articles.c.doc == only) if only is not None else q
        rows = conn.execute(q.order_by(articles.c.doc).limit(BATCH)).all()
        if not rows:
            return
        yield _profiles(rows)
        if only is not None:
            return
        after = rows[-1].doc


def _vectors(embedder: Embedder | None, profiles: list[Profile]) -> list:
    if embedder is None or not profiles:
        return [None] * len(profiles)
    return list(embedder([p.lead for p in profiles]))


def add_stored(store: Store, article_id: str, embedder: Embedder | None = None,
               params: StoryParams = StoryParams()) -> tuple[int, float | None] | None:
    """Place one stored article (by id) in a story: (story, score), None if it is not stored."""
    with store.writing() as conn:
        doc = conn.execute(sa.select(articles.c.doc).where(articles.c.id == article_id)).scalar()
        if doc is None:
            return None
        profile = next(_stored_batches(conn, only=doc))[0]
        return StoryIndex(conn, params).add(profile, _vectors(embedder, [profile])[0])


def rebuild_stories(store: Store, embedder: Embedder | None = None, params: StoryParams = StoryParams(),
                    progress: Callable[[Iterable], Iterable] = lambda it: it,
                    copy_threshold: float = THRESHOLD) -> StoryStats:
    """Redo the reports (near-duplicates at `copy_threshold`) and then every story: the whole
    store at once (params.order_free, the default), else article by article in stored order."""
    report_stats = rebuild_reports(store, copy_threshold)
    with store.writing() as conn:
        conn.execute(sa.delete(story_keys))
        conn.execute(sa.delete(story_members))
        copy_of = dict(conn.execute(sa.select(reports.c.doc, reports.c.report_doc)).all())
        index = StoryIndex(conn, params)
        if params.order_free:
            seen = _group_whole_store(conn, index, embedder, copy_of, progress)
        else:
            seen = _place_one_by_one(conn, index, embedder, copy_of, progress)
        sizes = sa.select(story_members.c.story, sa.func.count().label("n")).group_by(story_members.c.story).subquery()
        stories = conn.execute(sa.select(sa.func.count()).select_from(sizes)).scalar_one()
        multi = conn.execute(sa.select(sa.func.count()).select_from(sizes).where(sizes.c.n > 1)).scalar_one()
    return StoryStats(seen, stories, multi, report_stats.copies, report_stats.reports_with_copies)


def _place_one_by_one(conn, index: StoryIndex, embedder: Embedder | None, copy_of: dict[int, int],
                      progress: Callable[[Iterable], Iterable]) -> int:
    """Every stored article placed in stored order, as an ingest places it; how many articles."""
    seen = 0
    for batch in progress(_stored_batches(conn)):
        for p, v in zip(batch, _vectors(embedder, batch)):
            index.add(p, v, copy_of.get(p.doc))
            seen += 1
    return seen


def _group_whole_store(conn, index: StoryIndex, embedder: Embedder | None, copy_of: dict[int, int],
                       progress: Callable[[Iterable], Iterable]) -> int:
    """Every stored article grouped at once (khobor.organise.grouping: the same stories whatever
    the order of ingest), read and grouped one day at a time (khobor.organise.by_days: memory
    bounded by the busiest days, not the store), each stored in its story as soon as it is
    final; how many articles."""
    names = dict(conn.execute(sa.select(articles.c.doc, articles.c.id)).all())
    grouper = DayGrouper(index.params, copy_of)
    seen = 0
    days = list(_docs_by_day(conn))
    for (day, _), docs in zip(days, progress([docs for _, docs in days])):  # the bar counts articles
        found = []
        for chunk in range(0, len(docs), BATCH):
            batch = _profiles_of(conn, docs[chunk:chunk + BATCH])
            found += [(p, v, names.get(p.doc, str(p.doc))) for p, v in zip(batch, _vectors(embedder, batch))]
        seen += len(found)
        placed = grouper.add_day(day, found) if day is not None else ((p, v, p.doc, None) for p, v, _ in found)
        for p, v, story, score in placed:
            index.place(p, v, story, score)
    for p, v, story, score in grouper.finish():
        index.place(p, v, story, score)
    return seen


def _docs_by_day(conn) -> Iterator[tuple[date | None, list[int]]]:
    """(day, its docs) in day order, the day being the one a profile has (publication date, else
    the day stored); the docs of days that are no date come last, as (None, docs)."""
    rows = conn.execute(sa.select(articles.c.doc, articles.c.published, articles.c.stored_at)).all()
    by_day: dict[date | None, list[int]] = {}
    for r in rows:
        day = r.published or (r.stored_at.date().isoformat() if r.stored_at else None)
        try:
            key = date.fromisoformat(day or "")
        except ValueError:
            key = None
        by_day.setdefault(key, []).append(r.doc)
    for day in sorted(d for d in by_day if d is not None):
        yield day, sorted(by_day[day])
    if None in by_day:
        yield None, sorted(by_day[None])


def _profiles_of(conn, docs: list[int]) -> list[Profile]:
    cols = (articles.c.doc, articles.c.record, articles.c.text, articles.c.stored_at)
    return _profiles(conn.execute(sa.select(*cols).where(articles.c.doc.in_(docs)).order_by(articles.c.doc)).all())


class StoryKeeper:
    """Places each newly stored article in a story during an ingest; with `vectors`, the lead
    embedder is loaded on the first article. A failure costs only the article's story (the article stays stored; the
    next `khobor stories rebuild` places it) and is reported through `warn`."""

    def __init__(self, store: Store, params: StoryParams = StoryParams(), *, vectors: bool = False):
        self.store = store
        self.params = params
        # embedding a lead costs more CPU than extracting the article (about 0.2 s on one core),
        # so ingest places by keys unless asked; `khobor stories rebuild` embeds the whole store
        self._embedder: Embedder | None | bool = False if vectors else None  # False: not loaded yet

    def add(self, article_id: str, warn: Callable[[str], None] = lambda msg: None) -> None:
        if self._embedder is False:
            from .embed import lead_embedder
            self._embedder = lead_embedder() if self.params.vector_weight else None
        try:
            add_stored(self.store, article_id, self._embedder, self.params)
        except Exception as exc:  # a derived table: never lose the article over it
            warn(f"stored, but not placed in a story ({exc}); `khobor stories rebuild` will")
