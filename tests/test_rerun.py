"""A rerun over unchanged input skips extraction (issue 14, point 3): the store remembers the
digest of each raw input it holds, with the pipeline and the user's overrides. On SQLite and on the
throwaway PostgreSQL (conftest.py)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from khobor import pipeline
from khobor.cli import main
from khobor.ingest.raw import RawArticle
from khobor.store import open_store

ARTICLES = [{"text": "Police arrested five men in Dhaka on Monday, officials said.", "url": "https://example.com/1"},
            {"text": "The minister visited Khulna on Tuesday to open a new bridge.", "url": "https://example.com/2"}]


@pytest.fixture()
def batch(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def ingest(batch, db, *extra):
    return CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db), "-q", *extra])


def test_a_rerun_of_an_unchanged_batch_extracts_nothing(batch, db_url, monkeypatch):
    db = db_url
    first = ingest(batch, db)
    assert first.exit_code == 0 and "stored 2" in first.output

    def must_not_run(*args, **kwargs):
        raise AssertionError("extracted again")
    monkeypatch.setattr(pipeline, "_extract", must_not_run)  # what process and outcomes_of both run
    again = ingest(batch, db)
    assert again.exit_code == 0
    assert "unchanged 2, failed 0" in again.output


def test_a_changed_override_or_a_changed_article_is_extracted_again(batch, db_url, monkeypatch):
    db = db_url
    ingest(batch, db)
    calls = []
    real = pipeline._extract  # what process and outcomes_of (the batched path) both run per article
    monkeypatch.setattr(pipeline, "_extract", lambda rec, *a, **k: calls.append(rec) or real(rec, *a, **k))
    ingest(batch, db, "--published", "2024-05-01", "--engine", "local")
    assert len(calls) == 2
    batch.write_text(json.dumps({**ARTICLES[0], "text": ARTICLES[0]["text"] + " Two were released."}) + "\n"
                     + json.dumps(ARTICLES[1]) + "\n", encoding="utf-8")
    calls.clear()
    ingest(batch, db, "--engine", "local")  # the spy sees this process only, not a pool's workers
    assert len(calls) == 1


def test_the_digest_ignores_where_an_article_was_read_but_not_what_it_says():
    a = RawArticle(source="a.jsonl#L1", text="Same words.", url="https://example.com/x")
    b = RawArticle(source="b.jsonl#L9", text="Same words.", url="https://example.com/x")
    c = RawArticle(source="a.jsonl#L1", text="Other words.", url="https://example.com/x")
    assert a.digest("p") == b.digest("p") != c.digest("p")
    assert a.digest("p") != a.digest("q")


def test_a_deleted_article_is_no_longer_seen(db_url):
    from khobor.record import Record
    with open_store(db_url) as store:
        rec = Record(id="abc123def456", text="Some text.", language="en")
        store.put(rec, raw_digest="d" * 64)
        assert store.seen("d" * 64)
        with store.writing() as conn:
            conn.exec_driver_sql("DELETE FROM articles WHERE id = 'abc123def456'")
        assert not store.seen("d" * 64)
