"""Read queries for the API and the web pages: articles, events, quotes and actors with filters,
one page at a time.

    with store.reading() as conn:
        page = list_events(conn, EventFilter(actor="vladimir-putin", since="2024-01-01"), after=None, limit=50)
        page.items, page.next   # next: the key to pass as `after` for the following page, or None

Facts come from the index tables of migration 0003_facts (kept in step with `articles` by
triggers). Lists are in stored order and paged by keyset (`after` = the last key seen), so a page
costs the same however deep it is, and a page never shifts when articles are added meanwhile;
search hits are ranked, and paged by position.
"""
from __future__ import annotations

import heapq
import json
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection

from .schema import articles, entities, event_actors, events, quotes, reports, story_members
from .search import SearchFilter

ARTICLE_COLUMNS = (articles.c.id, articles.c.doc, articles.c.url, articles.c.outlet, articles.c.language,
                   articles.c.published, articles.c.title)


@dataclass
class Page:
    items: list[dict]
    next: Any = None  # the key of the next page (pass as `after`), None on the last page


# which articles a read may return: the same filters as full-text search
ArticleFilter = SearchFilter


@dataclass
class EventFilter:
    actor: str | None = None  # an actor id, as actor or recipient
    type: list[str] = field(default_factory=list)  # PLOVER types, any of
    country: str | None = None  # of an actor, a recipient or the place
    modality: str | None = None
    since: str | None = None  # the event's day (its date if a whole day, else its article's), on or after
    until: str | None = None
    min_confidence: float | None = None
    language: str | None = None
    story: int | None = None  # only events of this story's articles (khobor.organise)


def article_where(f: ArticleFilter) -> list:
    """ArticleFilter -> SQLAlchemy conditions on `articles`."""
    conds = []
    if f.language:
        conds.append(articles.c.language == f.language)
    if f.outlet:
        conds.append(articles.c.outlet == f.outlet)
    if f.since:
        conds.append(articles.c.published >= f.since)
    if f.until:
        conds.append(articles.c.published <= f.until)
    # Each EXISTS reads an alias of its table, tied to `articles` alone: a query that already
    # joins entities (search's actor hits) must not have its own rows taken for the filter's.
    if f.actor:  # read through ix_entities_actor_doc (actor_id, doc)
        mention = entities.alias("mention")
        conds.append(sa.exists().where(mention.c.actor_id == f.actor, mention.c.doc == articles.c.doc)
                     .correlate(articles))
    if f.event_type:  # read through ix_events_type_doc (type, doc, n)
        event = events.alias("event")
        conds.append(sa.exists().where(event.c.type == f.event_type, event.c.doc == articles.c.doc)
                     .correlate(articles))
    return conds


def _summary(row) -> dict:
    return {"id": row.id, "url": row.url, "outlet": row.outlet, "language": row.language,
            "published": row.published, "title": row.title}


def list_articles(conn: Connection, f: ArticleFilter, after: int | None, limit: int) -> Page:
    """Article summaries (no text) in stored order; the key is the article's `doc`."""
    q = sa.select(*ARTICLE_COLUMNS).where(*article_where(f))
    if after is not None:
        q = q.where(articles.c.doc > after)
    rows = conn.execute(q.order_by(articles.c.doc).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return Page([_summary(r) for r in rows], rows[-1].doc if more else None)


def outlets(conn: Connection) -> list[str]:
    """Every outlet in the store, for filter menus."""
    q = sa.select(articles.c.outlet).where(articles.c.outlet.is_not(None)).distinct().order_by(articles.c.outlet)
    return [r.outlet for r in conn.execute(q)]


def _event_where(f: EventFilter, given: frozenset[str]) -> list:
    """Conditions on `events` for the filters named in `given`, their values taken from f (bind
    parameters, in _events_statement)."""
    # A country filter is written as "(doc, n) IN (keys from event_actors)" rather than a
    # correlated EXISTS: SQLite then starts from the country's rows (by index) instead of
    # probing every event. The actor filter is a join instead (see list_events).
    conds = []
    key = sa.tuple_(events.c.doc, events.c.n)
    if "type" in given:
        conds.append(events.c.type.in_(f.type))
    if "country" in given:
        by_actor = sa.select(event_actors.c.doc, event_actors.c.n).where(event_actors.c.country == f.country)
        conds.append(sa.or_(events.c.location_country == f.country, key.in_(by_actor)))
    for name, cond in (("modality", lambda: events.c.modality == f.modality), ("since", lambda: events.c.day >= f.since),
                       ("until", lambda: events.c.day <= f.until),
                       ("min_confidence", lambda: events.c.confidence >= f.min_confidence),
                       ("language", lambda: events.c.language == f.language)):
        if name in given:
            conds.append(cond())
    if "story" in given:
        conds.append(events.c.doc.in_(sa.select(story_members.c.doc).where(story_members.c.story == f.story)))
    return conds


LEAST_ROLE = "actor"  # the smaller of the two roles the facts triggers write to event_actors ("actor", "recipient")


def _events_of_actor(actor_id: str):
    """events joined to the actor's rows of event_actors, read through the index (actor_id, doc, n)
    in stored order: a page stops after `limit` rows instead of sorting every event of the actor.
    Several rows of one event (actor and recipient at once) are one row: the first of its role rows,
    the one with no row of a smaller role before it. (NOT EXISTS stops at the first index entry it
    finds; the equivalent `role = (SELECT min(role) ...)` computed an aggregate per row, about a
    third of the page's SQL time on a 100,000-article store: bench/bench_api.py.)"""
    ea = event_actors.alias("ea")
    earlier = event_actors.alias("earlier")
    smaller_role = sa.exists().where(earlier.c.actor_id == actor_id, earlier.c.doc == ea.c.doc,
                                     earlier.c.n == ea.c.n, earlier.c.role < ea.c.role)
    # the store writes two roles, and "actor" sorts first: an actor row needs no probe (two in
    # three rows of the bench store), and SQLite skips the NOT EXISTS once the OR is true
    first_role = sa.or_(ea.c.role == LEAST_ROLE, ~smaller_role)
    joined = ea.join(events, sa.and_(events.c.doc == ea.c.doc, events.c.n == ea.c.n))
    return joined, [ea.c.actor_id == actor_id, first_role], (ea.c.doc, ea.c.n)


_ACTORS_OF_DOCS = (sa.select(event_actors.c.doc, event_actors.c.n, event_actors.c.role, event_actors.c.actor_id,
                             event_actors.c.name, event_actors.c.country)
                   .where(event_actors.c.doc.in_(sa.bindparam("docs", expanding=True))))


def _sides_json():
    """A correlated subquery: the event's actors and recipients as one JSON array
    [[{"id", "name", "country"}, ...], [...]], read from the covering index (doc, n, role,
    actor_id, name, country), in its order, by SQLite's JSON functions. One index probe per event
    instead of a second query for the page's articles, whose `IN (json_each)` cost more than the
    page's own rows (on the 100,000-article store, 0.4 of 1.6 ms of SQL for an events page)."""
    side = event_actors.alias("side")

    def of_role(role: str):
        entry = sa.func.json_object("id", side.c.actor_id, "name", side.c.name, "country", side.c.country)
        return sa.func.json_group_array(entry).filter(side.c.role == role)
    return (sa.select(sa.func.json_array(of_role(LEAST_ROLE), of_role("recipient")))
            .where(side.c.doc == events.c.doc, side.c.n == events.c.n).scalar_subquery())


def event_page_columns(sided: bool) -> tuple:
    """The columns of an events page, in the order _event_values unpacks them: the event's, its
    sides as JSON (sided, on SQLite: _sides_json) or NULL (read by _sides_by_query), and its
    article's title and publication date."""
    sides = _sides_json() if sided else sa.null()
    return (events.c.article_id, events.c.doc, events.c.n, events.c.type, events.c.mode, events.c.modality,
            events.c.confidence, events.c.date, events.c.day, events.c.location_country,
            events.c.trigger_start, events.c.trigger_end, events.c.trigger_text, events.c.language,
            sides.label("sides"), articles.c.title, articles.c.published)


# the position of the sides column in a row of event_page_columns
SIDES = [c.name for c in event_page_columns(False)].index("sides")


def _sqlite_cursor(conn: Connection):
    """SQLite's own connection under `conn`, inside conn's read transaction (begun here if it is
    not yet, so that every query of one request reads one snapshot), or None on another database.
    The hot pages run their prepared SQL on it: SQLAlchemy's statement and row handling cost more
    CPU than SQLite's reading of a 100-row page (bench/bench_api.py)."""
    if conn.dialect.name != "sqlite":
        return None
    if not conn.in_transaction():
        conn.begin()
    return conn.connection.driver_connection


class _HintedSQLiteCompiler(sqlite_dialect.base.SQLiteCompiler):
    """SQLite's compiler, with a statement's table hints (`with_hint(table, "INDEXED BY ix", "sqlite")`)
    written after the table's name, which SQLAlchemy's own leaves out."""

    def get_from_hint_text(self, table, text):
        return text


_NAMED = sqlite_dialect.dialect(paramstyle="named")
_NAMED.statement_compiler = _HintedSQLiteCompiler

# The titles and dates of an events page's articles, joined from the index (doc, title, published)
# alone (migration 0011_article_titles), named because SQLite's planner takes the unique index on doc
# and then each article's row: on the 100,000-article store 0.57 ms of SQL for a page of 50 events
# instead of 0.71 ms. (Only on SQLite's own cursor: _prepared compiles with this hint.)
_ARTICLE_TITLES_HINT = "INDEXED BY ix_articles_doc_title"


@lru_cache(maxsize=512)
def _prepared(statement) -> tuple[str, dict]:
    """A statement built once (its values bind parameters) -> its SQLite text, with named
    parameters, and the defaults of the parameters SQLAlchemy adds itself (OFFSET 0). Parameters
    with no value are left out: one a caller forgets is an error, as on SQLAlchemy, not NULL."""
    compiled = statement.compile(dialect=_NAMED)
    return compiled.string, {name: value for name, value in compiled.params.items() if value is not None}


def _row_stream(conn: Connection, statement, params: dict):
    """The rows of a prepared statement as they are read: on SQLite its own cursor, which steps
    the statement only as far as rows are taken (close it when done), else all rows as a list.
    No expanding parameters (IN lists), which only SQLAlchemy renders."""
    raw = _sqlite_cursor(conn)
    if raw is None:
        return [tuple(r) for r in conn.execute(statement, params).all()]
    sql, defaults = _prepared(statement)
    return raw.execute(sql, {**defaults, **params})


def _rows(conn: Connection, statement, params: dict) -> list[tuple]:
    """All rows of a prepared statement, as tuples: on SQLite by its own cursor, else by SQLAlchemy."""
    return list(_row_stream(conn, statement, params))


def _sides_by_query(conn: Connection, rows) -> list[tuple[list, list]]:
    """The (actors, recipients) of each event row, read in one query for the page's articles
    (where the rows do not carry them: another database than SQLite)."""
    sides: dict[tuple, tuple[list, list]] = {(r[1], r[2]): ([], []) for r in rows}
    for doc, n, role, actor_id, name, country in conn.execute(_ACTORS_OF_DOCS, {"docs": sorted({d for d, _ in sides})}):
        side = sides.get((doc, n))
        if side is not None:
            side[0 if role == LEAST_ROLE else 1].append({"id": actor_id, "name": name, "country": country})
    return [sides[(r[1], r[2])] for r in rows]


def _with_actors(conn: Connection, rows, item: str | None = None) -> list[dict]:
    """Event rows -> dicts with their actors and recipients (JSON in each row on SQLite, else one
    query for the whole page). Rows are unpacked as tuples: reading 17 fields by name from each row
    cost more than the query."""
    if rows and rows[0][SIDES] is None:
        sides = _sides_by_query(conn, rows)
    else:
        sides = [orjson.loads(r[SIDES]) for r in rows]
    if item is None:
        return [dict(zip(EVENT_ITEM_KEYS, _event_values(r, side))) for r, side in zip(rows, sides)]
    keys, head = ("item", *EVENT_ITEM_KEYS), (item,)
    return [dict(zip(keys, head + _event_values(r, side))) for r, side in zip(rows, sides)]


EVENT_ITEM_KEYS = ("article_id", "n", "type", "mode", "modality", "confidence", "date", "day", "location_country",
                   "trigger", "language", "actors", "recipients", "title", "published")


def _event_values(row, side: tuple[list, list]) -> tuple:
    """One row of event_page_columns and its (actors, recipients) -> the values of the API's event
    item, in EVENT_ITEM_KEYS' order (zipped into the item: a timeline's items put "item" first
    without copying each item again)."""
    (article_id, _doc, n, type_, mode, modality, confidence, date, day, country, trigger_start, trigger_end,
     trigger_text, language, _sides, title, published) = row
    return (article_id, n, type_, mode, modality, confidence, date, day, country,
            {"start": trigger_start, "end": trigger_end, "text": trigger_text},
            language, side[0], side[1], title, published)


EVENT_FILTERS = ("actor", "type", "country", "modality", "since", "until", "min_confidence", "language", "story")


def _given(f: EventFilter) -> frozenset[str]:
    """The filters f sets: a value (0.0 counts for min_confidence), or a non-empty list of types."""
    return frozenset(name for name in EVENT_FILTERS
                     if (getattr(f, name) is not None if name in ("min_confidence", "story") else getattr(f, name)))


@lru_cache(maxsize=256)
def _events_statement(given: frozenset[str], paged: bool, sided: bool = False):
    """The events page query for one set of filters, every value (and the page key and limit) a
    bind parameter: built, and its cache key made, once per set of filters instead of per request.
    Its rows end with the article's title and published date; sided, they carry the event's actors
    and recipients (SQLite)."""
    columns = event_page_columns(sided)
    f = EventFilter(**{name: sa.bindparam(name, expanding=name == "type") for name in given})
    source, conds, order = events, _event_where(f, given), (events.c.doc, events.c.n)
    if "actor" in given:
        source, by_actor, order = _events_of_actor(f.actor)
        conds += by_actor
    if paged:
        conds.append(sa.tuple_(*order) > sa.tuple_(sa.bindparam("after_doc"), sa.bindparam("after_n")))
    return (sa.select(*columns).select_from(source.join(articles, articles.c.doc == events.c.doc))
            .where(*conds).order_by(*order).limit(sa.bindparam("limit", type_=sa.Integer))
            .with_hint(articles, _ARTICLE_TITLES_HINT, "sqlite"))


def list_events(conn: Connection, f: EventFilter, after: tuple[int, int] | None, limit: int,
                item: str | None = None) -> Page:
    """Events in stored order (article, then position); the key is (doc, n). With `item`, each
    item begins with {"item": item} (an actor's timeline)."""
    given = _given(f)
    params = {name: getattr(f, name) for name in given} | {"limit": limit + 1}
    if after is not None:
        params |= {"after_doc": after[0], "after_n": after[1]}
    statement = _events_statement(given, after is not None, sided=conn.dialect.name == "sqlite")
    if "type" in given:  # an IN list of types: SQLAlchemy renders it
        rows = conn.execute(statement, params).all()
    else:
        rows = _rows(conn, statement, params)
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(_with_actors(conn, rows, item), (rows[-1][1], rows[-1][2]) if more else None)


# The columns of a quotes page, in the order _quote_values unpacks them.
QUOTE_PAGE_COLUMNS = (quotes.c.article_id, quotes.c.doc, quotes.c.n, quotes.c.kind, quotes.c.text, quotes.c.start,
                      quotes.c.end, quotes.c.cue, quotes.c.speaker_text, quotes.c.speaker_id, quotes.c.speaker_name,
                      quotes.c.day, quotes.c.language, articles.c.title)


QUOTE_ITEM_KEYS = ("article_id", "n", "kind", "text", "start", "end", "cue", "speaker", "day", "language", "title")


def _quote_values(row) -> tuple:
    """One row of QUOTE_PAGE_COLUMNS -> the values of the API's quote item, in QUOTE_ITEM_KEYS'
    order (unpacked as a tuple, and zipped into the item, as events are)."""
    (article_id, _doc, n, kind, text, start, end, cue, speaker_text, speaker_id, speaker_name, day, language,
     title) = row
    return (article_id, n, kind, text, start, end, cue, {"text": speaker_text, "id": speaker_id, "name": speaker_name},
            day, language, title)


def _quote_items(rows, item: str | None = None) -> list[dict]:
    if item is None:
        return [dict(zip(QUOTE_ITEM_KEYS, _quote_values(r))) for r in rows]
    keys, head = ("item", *QUOTE_ITEM_KEYS), (item,)
    return [dict(zip(keys, head + _quote_values(r))) for r in rows]


QUOTE_FILTERS = ("speaker", "language", "outlet", "since", "until")  # the article filters a quotes page binds


# A speaker's quotes read `articles` only for their title and date, which the index (doc, title,
# published) holds: named, as for events (with another article filter, an index of that filter may
# be the better way in, so the planner chooses).
TITLES_INDEX_FILTERS = frozenset({"speaker", "since", "until"})


@lru_cache(maxsize=64)
def _quotes_statement(given: frozenset[str], paged: bool):
    """The quotes page query for one set of filters, every value a bind parameter (as events);
    its rows end with the article's title."""
    conds = [cond for name, cond in (
        ("speaker", quotes.c.speaker_id == sa.bindparam("speaker")),
        ("language", articles.c.language == sa.bindparam("language")),
        ("outlet", articles.c.outlet == sa.bindparam("outlet")),
        ("since", articles.c.published >= sa.bindparam("since")),
        ("until", articles.c.published <= sa.bindparam("until"))) if name in given]
    if paged:
        after = sa.tuple_(sa.bindparam("after_doc"), sa.bindparam("after_n"))
        conds.append(sa.tuple_(quotes.c.doc, quotes.c.n) > after)
    source = quotes.join(articles, articles.c.doc == quotes.c.doc)
    statement = (sa.select(*QUOTE_PAGE_COLUMNS).select_from(source).where(*conds)
                 .order_by(quotes.c.doc, quotes.c.n).limit(sa.bindparam("limit", type_=sa.Integer)))
    if "speaker" in given and given <= TITLES_INDEX_FILTERS:
        return statement.with_hint(articles, _ARTICLE_TITLES_HINT, "sqlite")
    return statement


def list_quotes(conn: Connection, speaker: str | None, f: ArticleFilter, after: tuple[int, int] | None,
                limit: int, item: str | None = None) -> Page:
    """Quotes in stored order, of one speaker (actor id) when given; the key is (doc, n)."""
    if f.actor or f.event_type:  # filters no quotes page of the API or the pages sets
        q = sa.select(*QUOTE_PAGE_COLUMNS).join(articles, articles.c.doc == quotes.c.doc).where(*article_where(f))
        if speaker:
            q = q.where(quotes.c.speaker_id == speaker)
        if after is not None:
            q = q.where(sa.tuple_(quotes.c.doc, quotes.c.n) > sa.tuple_(*after))
        rows = conn.execute(q.order_by(quotes.c.doc, quotes.c.n).limit(limit + 1)).all()
    else:
        values = {"speaker": speaker, "language": f.language, "outlet": f.outlet, "since": f.since, "until": f.until}
        params = {name: value for name, value in values.items() if value} | {"limit": limit + 1}
        if after is not None:
            params |= {"after_doc": after[0], "after_n": after[1]}
        statement = _quotes_statement(frozenset(params) & frozenset(QUOTE_FILTERS), after is not None)
        rows = _rows(conn, statement, params)
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(_quote_items(rows, item), (rows[-1][1], rows[-1][2]) if more else None)


def actor(conn: Connection, actor_id: str) -> dict | None:
    """What the store knows of one actor: name and country as last linked, and counts."""
    named = sa.union_all(
        sa.select(entities.c.actor_name.label("name"), entities.c.country.label("country"), entities.c.doc)
        .where(entities.c.actor_id == actor_id),
        sa.select(event_actors.c.name, event_actors.c.country, event_actors.c.doc)
        .where(event_actors.c.actor_id == actor_id),
    ).subquery()
    last = conn.execute(sa.select(named).order_by(named.c.doc.desc()).limit(1)).first()
    if last is None:
        return None
    count = lambda q: conn.execute(q).scalar_one()  # noqa: E731
    return {
        "id": actor_id, "name": last.name, "country": last.country,
        "mentions": count(sa.select(sa.func.count()).where(entities.c.actor_id == actor_id)),
        "articles": count(sa.select(sa.func.count(sa.distinct(entities.c.doc))).where(entities.c.actor_id == actor_id)),
        "events": count(sa.select(sa.func.count()).select_from(
            sa.select(event_actors.c.doc, event_actors.c.n).where(event_actors.c.actor_id == actor_id)
            .distinct().subquery())),
        "quotes": count(sa.select(sa.func.count()).where(quotes.c.speaker_id == actor_id)),
    }


# one index probe per table, in one statement built once
_ACTOR_KNOWN = sa.select(sa.or_(
    sa.exists().where(entities.c.actor_id == sa.bindparam("actor_id")),
    sa.exists().where(event_actors.c.actor_id == sa.bindparam("actor_id")),
    sa.exists().where(quotes.c.speaker_id == sa.bindparam("actor_id"))))


def actor_known(conn: Connection, actor_id: str) -> bool:
    """Whether the store names this actor at all (a mention, an event side or a quote's speaker):
    one index probe per table, where `actor` counts everything."""
    return bool(_rows(conn, _ACTOR_KNOWN, {"actor_id": actor_id})[0][0])


def _timeline_rows(conn: Connection, kind: str, actor_id: str, since: str | None, until: str | None,
                   after: tuple[int, int] | None, limit: int):
    """Up to `limit` rows of the actor's events (kind "event") or quotes after the (doc, n) key
    `after`, in stored order, each with its article's title (and, events, date) joined from the
    index (doc, title, published), read as they are taken (_row_stream). Joined per row in SQL
    rather than read by a second query for the page's articles: the page's ~70 title look-ups cost
    SQLite less than the query, its JSON list of docs and the rows' concatenation cost Python."""
    params = {"limit": limit} | ({"after_doc": after[0], "after_n": after[1]} if after else {})
    values = {"actor" if kind == "event" else "speaker": actor_id, "since": since, "until": until}
    given = frozenset(name for name, value in values.items() if value)
    if kind == "event":
        statement = _events_statement(given, after is not None, sided=conn.dialect.name == "sqlite")
    else:
        statement = _quotes_statement(given, after is not None)
    return _row_stream(conn, statement, params | {name: values[name] for name in given})


def _merged_page(streams: list, limit: int) -> list[tuple]:
    """The first `limit` + 1 rows of the timeline's streams, one per kind of TIMELINE_KINDS and in
    its order, each in stored order: [((doc, rank, n), row), ...] in key order, the key a plain
    tuple (a TimelineKey is made for the page's last item only). The streams are read only as far
    as the page goes; the caller closes them."""
    def keyed(rank: int, rows):
        return (((r[1], rank, r[2]), r) for r in rows)
    return list(islice(heapq.merge(*(keyed(rank, rows) for rank, rows in enumerate(streams))), limit + 1))


TIMELINE_KINDS = ("event", "quote")  # an article's items in a timeline: its events, then its quotes
EVENT_RANK = TIMELINE_KINDS.index("event")


class TimelineKey(NamedTuple):
    """A timeline item's place in stored order: its article, its kind (the index in TIMELINE_KINDS)
    and its position among the article's items of that kind. The cursor of a timeline page is
    the key of its last item."""
    doc: int
    kind: int
    n: int


def _after_of_kind(after: TimelineKey | None, rank: int) -> tuple[int, int] | None:
    """The (doc, n) key after which a kind's rows are read, to come after the timeline key `after`:
    its own kind from after n; a later kind from the article's first (n -1 is before every n); an
    earlier kind from the next article ((doc, 2**62): after every n of doc).
    _after_of_kind(TimelineKey(7, 0, 2), 1) -> (7, -1): an event's page goes on with article 7's quotes."""
    if after is None:
        return None
    if rank == after.kind:
        return (after.doc, after.n)
    return (after.doc, -1) if rank > after.kind else (after.doc, 2**62)


def timeline(conn: Connection, actor_id: str, since: str | None, until: str | None, limit: int,
             after: TimelineKey | tuple[int, int, int] | None = None) -> Page:
    """The actor's events (as actor or recipient) and quotes: `limit` items in all, in stored order
    (article, its events, then its quotes: TIMELINE_KINDS), after the key `after` (a TimelineKey);
    the page's items are then given by date (items with no day last). Each item: {"item":
    "event"|"quote", "date", ...}, with its article's title (read once per article of the page).
    E.g. timeline(conn, "sheikh-hasina", None, None, 2) -> Page([{"item": "event", ...},
    {"item": "quote", ...}], next=TimelineKey(1412, 1, 0))."""
    after = TimelineKey(*after) if after is not None else None
    streams = []
    try:  # every stream opened is closed, also when a later one fails to open
        for rank, kind in enumerate(TIMELINE_KINDS):
            streams.append(_timeline_rows(conn, kind, actor_id, since, until, _after_of_kind(after, rank), limit + 1))
        merged = _merged_page(streams, limit)
    finally:
        for rows in streams:
            if hasattr(rows, "close"):
                rows.close()
    page, more = merged[:limit], len(merged) > limit
    event_rows = [row for key, row in page if key[1] == EVENT_RANK]
    quote_rows = [row for key, row in page if key[1] != EVENT_RANK]
    items = _with_actors(conn, event_rows, "event") + _quote_items(quote_rows, "quote")
    items.sort(key=lambda i: (i["day"] or "9999", i["article_id"], i["item"], i["n"]))
    return Page(items, TimelineKey(*page[-1][0]) if more else None)


def known_timeline(conn: Connection, actor_id: str, since: str | None, until: str | None,
                   limit: int, after: TimelineKey | tuple[int, int, int] | None = None) -> Page | None:
    """The actor's timeline page, or None when the store never names the actor (the API's 404). The
    names are probed only for an empty page: an actor with an event or a quote is named, so
    a timeline with items skips the probe (one index probe per table)."""
    page = timeline(conn, actor_id, since, until, limit, after)
    return page if page.items or actor_known(conn, actor_id) else None


def co_actors(conn: Connection, actor_id: str, limit: int = 20) -> list[dict]:
    """Actors named in the same articles as this one, most shared articles first."""
    mine = sa.select(entities.c.doc).where(entities.c.actor_id == actor_id).distinct().subquery()
    q = (sa.select(entities.c.actor_id, sa.func.max(entities.c.actor_name).label("name"),
                   sa.func.count(sa.distinct(entities.c.doc)).label("articles"))
         .where(entities.c.doc.in_(sa.select(mine.c.doc)), entities.c.actor_id.is_not(None),
                entities.c.actor_id != actor_id)
         .group_by(entities.c.actor_id).order_by(sa.desc("articles"), entities.c.actor_id).limit(limit))
    return [{"id": r.actor_id, "name": r.name, "articles": r.articles} for r in conn.execute(q)]


def article_exists(conn: Connection, article_id: str) -> bool:
    """Whether an article with this full id is stored: an index probe, no record read or decoded."""
    return conn.execute(sa.select(articles.c.doc).where(articles.c.id == article_id)).first() is not None


def record_json(conn: Connection, article_id: str) -> dict | None:
    """The stored record of one article (full id) as a dict, text included."""
    row = conn.execute(sa.select(articles.c.record, articles.c.text).where(articles.c.id == article_id)).first()
    if row is None:
        return None
    data = json.loads(row.record)
    data["text"] = row.text
    return data


def same_report(conn: Connection, article_id: str) -> list[dict]:
    """The other articles of this article's report (near-duplicate copies), earliest first, each
    with its similarity to the article it was matched with (None for the report's first article)."""
    doc = conn.execute(sa.select(articles.c.doc).where(articles.c.id == article_id)).scalar_one_or_none()
    if doc is None:
        return []
    lead = conn.execute(sa.select(reports.c.report_doc).where(reports.c.doc == doc)).scalar_one_or_none() or doc
    members = sa.select(reports.c.doc, reports.c.similarity).where(reports.c.report_doc == lead).subquery()
    rows = conn.execute(
        sa.select(*ARTICLE_COLUMNS, members.c.similarity)
        .join(members, members.c.doc == articles.c.doc, isouter=True)
        .where(sa.or_(articles.c.doc == lead, members.c.doc.is_not(None)), articles.c.doc != doc)
        .order_by(articles.c.doc)).all()
    return [{**_summary(r), "similarity": r.similarity} for r in rows]
