"""Search pages kept in the store (khobor.store.search_pages): served only at the generation
they were ranked at, ranked again after a write by a server's keeper, and always the hits the
uncached path gives."""
from __future__ import annotations

import random

import pytest
import sqlalchemy as sa

from khobor.store import SearchFilter, open_store
from khobor.store import search_pages as kept
from khobor.store import store as store_module
from khobor.store.schema import search_pages
from test_store import ENGLISH, MARKET, PUTIN_CASE_ONLY, SUMMIT, ids, make_record

RIVER = ["নদীর পাড়ে বন্যা\nনদীর পানি বেড়ে বন্যা হয়েছে, বাজারে চালের দাম বেড়েছে।",
         "বাজারে ভিড়\nঈদের আগে বাজারে ভিড়, নদী পথে লঞ্চে ঘরে ফিরছেন মানুষ।",
         "River flood\nThe river rose overnight and the market by the bridge was closed.",
         "Bridge reopens\nThe bridge over the river reopened and rice prices at the market fell."]


@pytest.fixture(autouse=True)
def no_refresh_pause(monkeypatch):
    """The tests step a keeper by hand, each step meant to refresh after a write."""
    monkeypatch.setattr(kept, "REFRESH_PAUSE", 0.0)


@pytest.fixture
def stores(db_url, monkeypatch):
    """Three processes of one store (a SQLite file, a PostgreSQL database): a server's worker
    with a keeper (its thread not started: the tests step it), a `khobor search` without one,
    and the uncached path."""
    db = db_url
    server, reader = open_store(db), open_store(db)
    monkeypatch.setenv(store_module.SEARCH_CACHE_ENV, "0")
    uncached = open_store(db)
    server._pages.keeping = True
    yield server, reader, uncached
    for s in (server, reader, uncached):
        s.close()


def counting(store, monkeypatch) -> list[str]:
    calls: list[str] = []
    real = store._search.search
    monkeypatch.setattr(store._search, "search", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    return calls


def rows(store) -> dict[str, tuple[int, int]]:
    with store.reading() as conn:
        return {r.key: (r.generation, r.asked) for r in conn.execute(sa.select(search_pages))}


def test_a_page_the_server_ranked_is_read_from_the_store_by_another_process(stores, monkeypatch):
    server, reader, uncached = stores
    for text in RIVER:
        server.put(make_record(text))
    assert server.search("নদী") == uncached.search("নদী") != []
    server._pages.step()  # the keeper writes the page it ranked for the request
    calls = counting(reader, monkeypatch)
    assert reader.search("নদী") == uncached.search("নদী") and calls == []
    key = kept.page_key("নদী", 20, 0, SearchFilter())
    assert rows(server)[key][1] == 1  # asked once (by the server; a process without a keeper counts nothing)


def test_a_write_makes_a_kept_page_stale_and_the_keeper_ranks_the_frequent_ones_again(stores, monkeypatch):
    server, reader, uncached = stores
    for text in RIVER[:3]:
        server.put(make_record(text))
    for _ in range(2):
        server.search("river")
    server.search("bridge")  # asked once: not ranked again after a write
    server._pages.step()
    server.put(make_record(RIVER[3]))
    calls = counting(reader, monkeypatch)
    assert reader.search("river") == uncached.search("river") and calls == ["river"]  # stale: ranked here
    server._pages.step()  # the keeper sees the new generation: "river" ranked again, "bridge" not
    monkeypatch.delenv(store_module.SEARCH_CACHE_ENV)
    fresh = open_store(server.where)  # a process that has no page in memory
    calls = counting(fresh, monkeypatch)
    assert fresh.search("river") == uncached.search("river") and calls == []
    assert fresh.search("bridge") == uncached.search("bridge") and calls == ["bridge"]
    fresh.close()


def test_the_keeper_does_not_rank_again_what_a_request_ranked_after_the_write(stores, monkeypatch):
    server, _, uncached = stores
    for text in RIVER[:3]:
        server.put(make_record(text))
    server.search("river"), server.search("river")
    server._pages.step()
    server.put(make_record(RIVER[3]))
    calls = counting(server, monkeypatch)
    assert server.search("river") == uncached.search("river") and calls == ["river"]
    server._pages.step()  # "river" is stale in the store: the keeper takes the page the request ranked
    assert calls == ["river"] and set(g for g, _ in rows(server).values()) == {generation_of(server)}


def generation_of(store) -> int:
    with store.reading() as conn:
        return store.generation(conn)


def test_kept_pages_always_give_the_uncached_hits(stores):
    """Random searches (words, phrases, OR, pages, filters) between random writes and deletes:
    every answer of the server and of a process reading its kept pages is the uncached one."""
    server, reader, uncached = stores
    rng = random.Random(7)
    texts = RIVER + [SUMMIT, MARKET, PUTIN_CASE_ONLY, ENGLISH]
    queries = ["নদী", "বাজারে", "river", "market", "bridge OR rice", '"the river"', "পুতিন", "দাম", "Putin"]
    filters = [None, SearchFilter(language="bn"), SearchFilter(since="2024-01-01")]
    stored: list[str] = []
    for step in range(60):
        if rng.random() < 0.2:
            rec = make_record(rng.choice(texts) + f"\nআরও খবর {step}।", published=f"202{rng.randrange(3, 5)}-05-01")
            server.put(rec)
            stored.append(rec.id)
        elif stored and rng.random() < 0.05:
            server.delete(stored.pop(rng.randrange(len(stored))))
        args = (rng.choice(queries), rng.choice((2, 5, 20)))
        opts = {"offset": rng.choice((0, 0, 2)), "filters": rng.choice(filters)}
        expected = uncached.search(*args, **opts)
        assert server.search(*args, **opts) == expected
        assert reader.search(*args, **opts) == expected
        if step % 3 == 0:
            server._pages.step()


def test_two_keepers_split_the_pages_to_rank_again(db_url):
    db = db_url
    with open_store(db) as first, open_store(db) as second:
        for text in RIVER:
            first.put(make_record(text))
        first._pages.keeping = True
        words = ["river", "market", "bridge", "নদী", "বাজারে", "rice"]
        for word in words * 2:
            first.search(word)
        first._pages.step()
        first.put(make_record(SUMMIT))  # every page stale
        with first.reading() as conn:
            generation = first.generation(conn)
        claimed = [kept.page_request(k)[0] for k in first._pages._claim(generation, 3)]
        others = [kept.page_request(k)[0] for k in second._pages._claim(generation, 10)]
        assert len(claimed) == 3 and sorted(others) == sorted(set(words) - set(claimed))
        assert second._pages._claim(generation, 10) == []


def kept_counts(store) -> dict[str, int]:
    with store.reading() as conn:
        return {kept.page_request(key)[0]: asked for key, asked in conn.execute(
            sa.select(search_pages.c.key, search_pages.c.asked))}


def test_the_least_asked_pages_go_past_the_limit(stores, monkeypatch):
    server, _, _ = stores
    monkeypatch.setattr(kept, "KEPT_PAGES", 4)
    for text in RIVER:
        server.put(make_record(text))
    for word, times in (("river", 3), ("market", 1), ("bridge", 2), ("rice", 1)):
        for _ in range(times):
            server.search(word)
    server._pages.step()
    assert len(kept_counts(server)) == 4  # up to the limit: new pages gather their counts
    server.search("flood")
    server._pages.flush()
    assert kept_counts(server) == {"river": 1, "bridge": 1}  # past it: counts halved, the most asked half kept


def test_a_page_asked_often_long_ago_fades_as_new_pages_come(stores, monkeypatch):
    server, _, _ = stores
    monkeypatch.setattr(kept, "KEPT_PAGES", 4)
    for text in RIVER:
        server.put(make_record(text))
    for _ in range(12):
        server.search("river")
    server._pages.step()
    batches = [("rose", "overnight", "market", "closed"), ("bridge", "reopened", "rice", "prices"),
               ("fell", "flood", "নদীর", "বাজারে")]
    still_kept = []
    for batch in batches:  # each new search asked four times, "river" never again
        for word in batch * 4:
            server.search(word)
        server._pages.flush()
        still_kept.append("river" in kept_counts(server))
    assert still_kept == [True, True, False]  # 12 -> 6 -> 3 -> 1 against 4 -> 2: outranked by today's pages


def test_a_store_that_cannot_be_written_keeps_no_page_and_still_answers(stores, monkeypatch):
    server, _, uncached = stores
    server.put(make_record(RIVER[0]))

    def refuse():
        raise sa.exc.OperationalError("BEGIN IMMEDIATE", {}, Exception("attempt to write a readonly database"))
    monkeypatch.setattr(server, "writing", refuse)
    assert server.search("নদী") == uncached.search("নদী")
    server._pages._safely(server._pages.step)
    assert rows(server) == {}


def test_the_api_server_keeps_its_pages_in_the_store(tmp_path):
    from fastapi.testclient import TestClient

    from khobor.api.app import create_app
    db = str(tmp_path / "k.db")
    with open_store(db) as s:
        for text in RIVER:
            s.put(make_record(text))
    with TestClient(create_app(db, keep_search_pages=True)) as client:
        assert client.get("/api/articles/search", params={"q": "river"}).status_code == 200
    with open_store(db) as s:  # the keeper wrote what it held when the server stopped
        assert [kept.page_request(k)[0] for k in rows(s)] == ["river"]


def test_a_keeper_still_busy_at_shutdown_is_left_alone(tmp_path, monkeypatch):
    """A keeper stuck past STOP_SECONDS (another writer's lock) is not joined by a second writer:
    stop returns, and what the stopping process held is not written."""
    import threading
    monkeypatch.setattr(kept, "STOP_SECONDS", 0.05)
    release = threading.Event()
    with open_store(str(tmp_path / "k.db")) as store:
        store.put(make_record(RIVER[0]))
        pages = store._pages
        monkeypatch.setattr(pages, "step", lambda: release.wait(5))
        pages.start()
        store.search("নদী")
        flushed: list[bool] = []
        monkeypatch.setattr(pages, "flush", lambda: flushed.append(True))
        pages.stop()
        assert flushed == [] and not pages.keeping
        release.set()


def test_one_new_page_written_by_two_transactions_at_once_is_counted_by_both(db_url):
    """Two writers add the same new page in overlapping transactions, neither seeing the other's
    uncommitted row: the second adds to the first's row instead of failing on the duplicate key.
    Plain transactions, not store.writing(): on PostgreSQL its advisory lock serialises writers,
    and _write_row must not depend on every caller holding it (on SQLite the second writer waits
    for the first's lock and then sees the row)."""
    import threading

    key = kept.page_key("river", 20, 0, SearchFilter())
    with open_store(db_url) as first, open_store(db_url) as second:
        first.put(make_record(RIVER[2]))
        with first.reading() as conn:
            generation = first.generation(conn)
        hits = first.search("river")
        inserted, errors = threading.Event(), []

        def late_writer():
            try:
                inserted.wait(10)
                with second._engine.begin() as conn:
                    kept._write_row(conn, key, 2, (generation, hits))
            except Exception as err:  # noqa: BLE001 (the assertion below names it)
                errors.append(err)

        thread = threading.Thread(target=late_writer)
        thread.start()
        with first._engine.begin() as conn:
            kept._write_row(conn, key, 1, (generation, hits))
            inserted.set()
            thread.join(0.5)  # the late writer is in its transaction, held up by this one's row or lock
        thread.join(30)
        assert not thread.is_alive() and errors == []
        assert kept_counts(first) == {"river": 3}
        with first.reading() as conn:
            assert kept.read_page(conn, key, generation) == hits
