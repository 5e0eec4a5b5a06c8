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
            items = Q.known_timeline(conn, RAHIM.id, None, None, 50)
            assert items and {i["item"] for i in items} == {"event", "quote"}
            assert Q.known_timeline(conn, RAHIM.id, "2099-01-01", None, 50) == []  # named, nothing then
            assert Q.known_timeline(conn, "nobody-here", None, None, 50) is None
    finally:
        store.close()


def test_a_page_read_as_one_json_row_holds_the_rows_sqlite_steps_through(tmp_path):
    """The events and quotes pages (and their actors) come back in one row of JSON: the same values,
    types and order as the rows stepped through one by one (text in both scripts, NULLs, reals)."""
    store = open_store(build_store(tmp_path / "desk.db"), must_exist=True)
    try:
        with store.reading() as conn:
            for statement, params in ((Q._events_statement(frozenset(), False), {"limit": 100}),
                                      (Q._events_statement(frozenset({"actor"}), False), {"actor": RAHIM.id, "limit": 9}),
                                      (Q._quotes_statement(frozenset(), False), {"limit": 100})):
                stepped = Q._rows(conn, statement, params)
                assert len(stepped) > 1
                one_row = Q._page_rows(conn, statement, params, Q._BY_DOC_N)
                assert [tuple(r) for r in one_row] == stepped
                assert [type(v) for r in one_row for v in r] == [type(v) for r in stepped for v in r]
            docs = sorted({r[1] for r in Q._rows(conn, Q._events_statement(frozenset(), False), {"limit": 100})})
            plain = conn.exec_driver_sql(
                "SELECT doc, n, role, actor_id, name, country FROM event_actors WHERE doc IN (%s)"
                % ",".join(map(str, docs))).all()
            assert sorted(map(tuple, Q._actors_of_docs(conn, docs))) == sorted(map(tuple, plain))
    finally:
        store.close()
