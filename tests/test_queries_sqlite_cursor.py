"""khobor.store.queries on SQLite's own cursor: a parameter the caller does not give is an error, as
it is through SQLAlchemy, never a NULL that quietly empties the page."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest

from desk_fixtures import RAHIM, build_store
from khobor.record import Record
from khobor.store import open_store
from khobor.store import queries as Q


@contextmanager
def desk_reading(tmp_path, extra=()):
    """A read connection to the desk fixtures' store (with `extra` records), closed afterwards."""
    store = open_store(build_store(tmp_path / "desk.db", extra=extra), must_exist=True)
    try:
        with store.reading() as conn:
            yield conn
    finally:
        store.close()


def test_a_missing_parameter_is_an_error_and_a_given_one_is_bound(tmp_path):
    with desk_reading(tmp_path) as conn:
        assert Q.actor_known(conn, RAHIM.id)
        assert not Q.actor_known(conn, "nobody-here")
        with pytest.raises(sqlite3.ProgrammingError):
            Q._rows(conn, Q._ACTOR_KNOWN, {})
        with pytest.raises(sqlite3.ProgrammingError):
            Q._rows(conn, Q._events_statement(frozenset(), False), {})


def test_known_timeline_tells_an_empty_timeline_from_an_unknown_actor(tmp_path):
    with desk_reading(tmp_path) as conn:
        items = Q.known_timeline(conn, RAHIM.id, None, None, 50).items
        assert items and {i["item"] for i in items} == {"event", "quote"}
        assert Q.known_timeline(conn, RAHIM.id, "2099-01-01", None, 50).items == []  # named, nothing then
        assert Q.known_timeline(conn, "nobody-here", None, None, 50) is None


def _every_page(conn, actor_id: str, limit: int) -> list[Q.Page]:
    """The actor's timeline pages of `limit` items, following `next` from the first to the last."""
    pages = [Q.timeline(conn, actor_id, None, None, limit)]
    while pages[-1].next is not None:
        pages.append(Q.timeline(conn, actor_id, None, None, limit, pages[-1].next))
    return pages


def test_timeline_pages_hold_limit_items_in_all_and_page_through_every_item(tmp_path):
    """`limit` caps events and quotes together; following `next` gives each item once, the same
    items as one large page, each with its article's title."""
    with desk_reading(tmp_path) as conn:
        whole = Q.timeline(conn, RAHIM.id, None, None, 1000)
        assert whole.next is None and len(whole.items) >= 3
        pages = _every_page(conn, RAHIM.id, 2)
        assert all(len(page.items) <= 2 for page in pages)
        seen = [item for page in pages for item in page.items]
        key = lambda i: (i["item"], i["article_id"], i["n"])  # noqa: E731
        assert sorted(map(key, seen)) == sorted(map(key, whole.items))
        assert len(set(map(key, seen))) == len(seen)
        assert all(i["title"] for i in whole.items)


def _self_consulting() -> Record:
    """An event whose actor is also its recipient (and a second actor on the actor side): one
    event of that actor, read once, between two articles' other items."""
    from desk_fixtures import KARIM, _event, _record
    rec = _record("Rahim Uddin meets himself\nMinister Rahim Uddin and Karim Ali consulted Rahim Uddin's office.",
                  language="en", published="2024-03-07", outlet="The Test Times", url="https://example.test/en/9")
    rec.events = [_event(rec, "consulted", "CONSULT", [RAHIM, KARIM], [RAHIM], sentence=1, confidence=0.8)]
    return rec


def test_an_actor_on_both_sides_of_an_event_is_one_item_in_events_and_timeline(tmp_path):
    with desk_reading(tmp_path, extra=[_self_consulting()]) as conn:
        events = Q.list_events(conn, Q.EventFilter(actor=RAHIM.id), None, 50).items
        both = [e for e in events if e["trigger"]["text"] == "consulted"]
        assert len(both) == 1 and [a["id"] for a in both[0]["recipients"]] == [RAHIM.id]
        assert len(both[0]["actors"]) == 2
        whole = Q.timeline(conn, RAHIM.id, None, None, 1000).items
        assert sum(i["item"] == "event" and i["trigger"]["text"] == "consulted" for i in whole) == 1
        assert [i["item"] for i in whole].count("event") == len(events)
        # one item a page: the event is neither repeated nor skipped
        seen = [item for page in _every_page(conn, RAHIM.id, 1) for item in page.items]
        assert sorted(map(repr, seen)) == sorted(map(repr, whole))


@pytest.mark.parametrize("kind", Q.TIMELINE_KINDS)
def test_a_timeline_joins_its_titles_from_the_titles_index_alone(tmp_path, kind):
    """Migration 0011's (doc, title, published): each stream of a timeline joins its articles'
    titles from that index, never reading an article's row, and every item carries its title."""
    with desk_reading(tmp_path) as conn:
        given = frozenset({"actor" if kind == "event" else "speaker"})
        statement = (Q._events_statement(given, False, True) if kind == "event"
                     else Q._quotes_statement(given, False))
        text, defaults = Q._prepared(statement)
        raw = Q._sqlite_cursor(conn)
        param = {"actor" if kind == "event" else "speaker": RAHIM.id, "limit": 5}
        plan = " ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + text, {**defaults, **param}))
        assert "COVERING INDEX ix_articles_doc_title" in plan
        items = [i for i in Q.timeline(conn, RAHIM.id, None, None, 100).items if i["item"] == kind]
        assert items and all(i["title"] for i in items)


def test_sides_read_in_sql_equal_those_read_by_a_query_for_the_page(tmp_path):
    """On SQLite an event row carries its actors and recipients as JSON (_sides_json); elsewhere
    they are read in one query for the page (_sides_by_query): both give the same items, in the
    same order, an actor on both sides of one event included."""
    with desk_reading(tmp_path, extra=[_self_consulting()]) as conn:
        sided = Q._rows(conn, Q._events_statement(frozenset(), False, True), {"limit": 100})
        plain = Q._rows(conn, Q._events_statement(frozenset(), False, False), {"limit": 100})
        assert len(sided) == len(plain) >= 4
        assert all(row[Q.SIDES] is not None for row in sided) and all(row[Q.SIDES] is None for row in plain)
        assert Q._with_actors(conn, sided) == Q._with_actors(conn, plain)
        both = [i for i in Q._with_actors(conn, sided) if i["trigger"]["text"] == "consulted"]
        assert [a["id"] for a in both[0]["actors"]] == sorted(a["id"] for a in both[0]["actors"])
        assert [a["id"] for a in both[0]["recipients"]] == [RAHIM.id]


def test_an_events_page_joins_its_titles_through_the_titles_index(tmp_path):
    """The events page joins its titles through migration 0011's (doc, title, published), named by
    a hint that SQLite's own cursor's statements carry (SQLite's planner takes the unique index on
    doc, then each article's row)."""
    with desk_reading(tmp_path) as conn:
        sql, defaults = Q._prepared(Q._events_statement(frozenset({"actor"}), False, True))
        assert "JOIN articles INDEXED BY ix_articles_doc_title ON" in sql
        raw = Q._sqlite_cursor(conn)
        plan = " ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sql, {**defaults, "actor": RAHIM.id, "limit": 5}))
        assert "COVERING INDEX ix_articles_doc_title" in plan
        assert all(e["title"] for e in Q.list_events(conn, Q.EventFilter(actor=RAHIM.id), None, 50).items)


def test_a_timeline_closes_the_streams_it_opened_when_a_later_one_fails(tmp_path, monkeypatch):
    """The events stream is opened first; when opening the quotes stream fails, the events
    stream's SQLite cursor is closed at once, not left to the garbage collector."""
    opened = []
    real = Q._timeline_rows

    def failing_quotes(conn, kind, *args):
        if kind == "quote":
            raise sqlite3.OperationalError("disk I/O error")
        opened.append(real(conn, kind, *args))
        return opened[-1]
    with desk_reading(tmp_path) as conn:
        monkeypatch.setattr(Q, "_timeline_rows", failing_quotes)
        with pytest.raises(sqlite3.OperationalError):
            Q.timeline(conn, RAHIM.id, None, None, 5)
        assert len(opened) == 1
        with pytest.raises(sqlite3.ProgrammingError, match="closed cursor"):
            opened[0].fetchone()


@pytest.mark.parametrize("after, rank, expected", [
    (None, 0, None), (Q.TimelineKey(7, 0, 2), 0, (7, 2)), (Q.TimelineKey(7, 0, 2), 1, (7, -1)),
    (Q.TimelineKey(7, 1, 3), 0, (7, 2**62)), (Q.TimelineKey(7, 1, 3), 1, (7, 3))])
def test_a_timeline_key_says_where_each_kind_goes_on(after, rank, expected):
    """After an event of article 7, its quotes follow from the first; after a quote, none of 7's events."""
    assert Q._after_of_kind(after, rank) == expected
