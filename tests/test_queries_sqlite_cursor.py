"""khobor.store.queries on SQLite's own cursor: a parameter the caller does not give is an error, as
it is through SQLAlchemy, never a NULL that quietly empties the page."""
from __future__ import annotations

import sqlite3

import pytest

from desk_fixtures import RAHIM, build_store
from khobor.store import open_store
from khobor.store import queries as Q


def test_a_missing_parameter_is_an_error_and_a_given_one_is_bound(tmp_path):
    store = open_store(build_store(tmp_path / "desk.db"), must_exist=True)
    try:
        with store.reading() as conn:
            assert Q.actor_known(conn, RAHIM.id)
            assert not Q.actor_known(conn, "nobody-here")
            with pytest.raises(sqlite3.ProgrammingError):
                Q._rows(conn, Q._ACTOR_KNOWN, {})
            with pytest.raises(sqlite3.ProgrammingError):
                Q._rows(conn, Q._events_statement(frozenset(), False), {})
    finally:
        store.close()


def test_known_timeline_tells_an_empty_timeline_from_an_unknown_actor(tmp_path):
    store = open_store(build_store(tmp_path / "desk.db"), must_exist=True)
    try:
        with store.reading() as conn:
            items = Q.known_timeline(conn, RAHIM.id, None, None, 50).items
            assert items and {i["item"] for i in items} == {"event", "quote"}
            assert Q.known_timeline(conn, RAHIM.id, "2099-01-01", None, 50).items == []  # named, nothing then
            assert Q.known_timeline(conn, "nobody-here", None, None, 50) is None
    finally:
        store.close()


def test_timeline_pages_hold_limit_items_in_all_and_page_through_every_item(tmp_path):
    """`limit` caps events and quotes together; following `next` gives each item once, the same
    items as one large page, each with its article's title."""
    store = open_store(build_store(tmp_path / "desk.db"), must_exist=True)
    try:
        with store.reading() as conn:
            whole = Q.timeline(conn, RAHIM.id, None, None, 1000)
            assert whole.next is None and len(whole.items) >= 3
            seen, after = [], None
            while True:
                page = Q.timeline(conn, RAHIM.id, None, None, 2, after)
                assert len(page.items) <= 2
                seen += page.items
                if page.next is None:
                    break
                after = page.next
        key = lambda i: (i["item"], i["article_id"], i["n"])  # noqa: E731
        assert sorted(map(key, seen)) == sorted(map(key, whole.items))
        assert len(set(map(key, seen))) == len(seen)
        assert all(i["title"] for i in whole.items)
    finally:
        store.close()
