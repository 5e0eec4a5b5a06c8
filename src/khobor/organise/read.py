"""Reading stories back: a page of stories, one story with its reports and its events counted once.

    with store.reading() as conn:
        page = list_stories(conn, StoryFilter(min_articles=2), after=None, limit=20)
        story = get_story(conn, 17)   # {"id", "title", "articles": [...], "events": [...], ...} or None

A story is named by the doc of its first article (an integer that never moves). Its events are
deduplicated: every mention of the same type between the same actors and recipients on the same
day (or undated) is one event, with how many mentions, articles and outlets (sources) report it,
and the words that triggered it in each language. Rows of deleted articles are left out (every
query joins `articles`).
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..store.schema import articles, event_actors, events, story_members

TRIGGERS_SHOWN = 3  # trigger words kept per language for one deduplicated event


@dataclass
class StoryFilter:
    min_articles: int = 1
    language: str | None = None  # stories with at least one article in this language
    since: str | None = None  # stories with an article on or after this day
    until: str | None = None


@dataclass
class StoryPage:
    items: list[dict]
    next: int | None = None


def _grouped(f: StoryFilter):
    """story, number of articles, first and last day, of stories passing the filter."""
    m = story_members
    q = (sa.select(m.c.story, sa.func.count().label("n"), sa.func.min(m.c.day).label("first_day"),
                   sa.func.max(m.c.day).label("last_day"))
         .join(articles, articles.c.doc == m.c.doc).group_by(m.c.story))
    having = [sa.func.count() >= f.min_articles]
    if f.language:
        having.append(sa.func.sum(sa.case((articles.c.language == f.language, 1), else_=0)) > 0)
    if f.since:
        having.append(sa.func.max(m.c.day) >= f.since)
    if f.until:
        having.append(sa.func.min(m.c.day) <= f.until)
    return q.having(sa.and_(*having))


def _members(conn: Connection, stories: list[int]) -> dict[int, list]:
    rows = conn.execute(
        sa.select(story_members.c.story, story_members.c.score, story_members.c.day, articles.c.id, articles.c.doc,
                  articles.c.url, articles.c.outlet, articles.c.language, articles.c.published, articles.c.title)
        .join(articles, articles.c.doc == story_members.c.doc)
        .where(story_members.c.story.in_(stories)).order_by(articles.c.doc)).all()
    out: dict[int, list] = {s: [] for s in stories}
    for r in rows:
        out[r.story].append(r)
    return out


def story_summary(story: int, members: list) -> dict:
    """A story's members -> {"id", "title", "articles", "languages", "outlets", "first_day", "last_day"}."""
    days = sorted(r.day for r in members if r.day)
    return {"id": story, "title": next((r.title for r in members if r.title), None), "articles": len(members),
            "languages": sorted({r.language for r in members if r.language}),
            "outlets": sorted({r.outlet for r in members if r.outlet}),
            "first_day": days[0] if days else None, "last_day": days[-1] if days else None}


def list_stories(conn: Connection, f: StoryFilter, after: int | None, limit: int) -> StoryPage:
    """Stories in the order they began (their first article's doc); the key is the story id."""
    q = _grouped(f)
    if after is not None:
        q = q.where(story_members.c.story > after)
    rows = conn.execute(q.order_by(story_members.c.story).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    members = _members(conn, [r.story for r in rows])
    return StoryPage([story_summary(r.story, members[r.story]) for r in rows], rows[-1].story if more else None)


def story_of_article(conn: Connection, article_id: str) -> int | None:
    """The story an article (full id) belongs to, if stories were built for it."""
    q = (sa.select(story_members.c.story).join(articles, articles.c.doc == story_members.c.doc)
         .where(articles.c.id == article_id))
    return conn.execute(q).scalar()


def get_story(conn: Connection, story: int) -> dict | None:
    """One story: its summary, its articles (reports across outlets and languages, each with the
    similarity it joined with) and its deduplicated events."""
    members = _members(conn, [story])[story]
    if not members:
        return None
    arts = [{"id": r.id, "url": r.url, "outlet": r.outlet, "language": r.language, "published": r.published,
             "title": r.title, "day": r.day, "score": r.score} for r in members]
    return {**story_summary(story, members), "items": arts,
            "events": dedupe_events(_event_rows(conn, [r.doc for r in members]))}


def _event_rows(conn: Connection, docs: list[int]) -> list[dict]:
    """The events of these articles, each with its actors', recipients' ids and names and its outlet."""
    rows = conn.execute(sa.select(events, articles.c.outlet).join(articles, articles.c.doc == events.c.doc)
                        .where(events.c.doc.in_(docs)).order_by(events.c.doc, events.c.n)).all()
    sides: dict[tuple, dict] = {(r.doc, r.n): {"actor": [], "recipient": []} for r in rows}
    for a in conn.execute(sa.select(event_actors).where(event_actors.c.doc.in_(docs))):
        if (a.doc, a.n) in sides:
            sides[(a.doc, a.n)][a.role].append((a.actor_id, a.name))
    return [{"doc": r.doc, "type": r.type, "date": r.date, "outlet": r.outlet, "language": r.language,
             "trigger": r.trigger_text, "actors": sorted(set(sides[(r.doc, r.n)]["actor"])),
             "recipients": sorted(set(sides[(r.doc, r.n)]["recipient"]))} for r in rows]


def event_identity(ev: dict) -> tuple:
    """What makes two mentions one event: type, actor ids, recipient ids, and a whole-day date
    (a partial date like "XXXX-12-28" or none leaves the day open)."""
    day = ev["date"] if isinstance(ev.get("date"), str) and ev["date"][:1].isdigit() else None
    return (ev["type"], tuple(i for i, _ in ev["actors"]), tuple(i for i, _ in ev["recipients"]), day)


def dedupe_events(rows: list[dict]) -> list[dict]:
    """Mentions -> events counted once, most mentioned first:
    [{"type", "date", "actors", "recipients", "mentions", "articles", "sources", "triggers"}]."""
    merged: dict[tuple, dict] = {}
    for ev in rows:
        key = event_identity(ev)
        m = merged.setdefault(key, {"type": ev["type"], "date": key[3],
                                    "actors": [{"id": i, "name": n} for i, n in ev["actors"]],
                                    "recipients": [{"id": i, "name": n} for i, n in ev["recipients"]],
                                    "mentions": 0, "_docs": set(), "_outlets": set(), "triggers": {}})
        m["mentions"] += 1
        m["_docs"].add(ev["doc"])
        m["_outlets"].add(ev["outlet"] or f"article {ev['doc']}")  # an unnamed outlet counts once per article
        words = m["triggers"].setdefault(ev["language"] or "und", [])
        if ev["trigger"] and ev["trigger"] not in words and len(words) < TRIGGERS_SHOWN:
            words.append(ev["trigger"])
    out = []
    for m in merged.values():
        docs, outlets = m.pop("_docs"), m.pop("_outlets")
        out.append({**m, "articles": len(docs), "sources": len(outlets)})
    return sorted(out, key=lambda e: (-e["mentions"], -e["articles"], e["type"]))
