"""`khobor export`: the same rows in JSON Lines, CSV and Parquet, read back with pyarrow; filters;
bounded batches. The store is built from tests/desk_fixtures.py (texts written for these tests)."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from desk_fixtures import build_store, records
from khobor.store import open_store
from khobor.store import export as export_module
from khobor.store.export import SCHEMAS, export, read_csv, rows

KINDS = ["articles", "events", "quotes", "entities"]


@pytest.fixture
def db(db_url):
    """The desk store, on SQLite and on the throwaway PostgreSQL (conftest.py)."""
    return build_store(db_url)


def expected(db, what, **filters) -> list[dict]:
    with open_store(db) as store:
        return list(rows(store, what, **filters))


@pytest.mark.parametrize("what", KINDS)
def test_parquet_round_trip_has_the_same_rows(db, tmp_path, what):
    out = tmp_path / f"{what}.parquet"
    with open_store(db) as store:
        n = export(store, what=what, fmt="parquet", out=str(out))
    table = pq.read_table(out)
    assert table.schema == SCHEMAS[what]
    assert table.to_pylist() == expected(db, what)
    assert n == table.num_rows > 0


@pytest.mark.parametrize("what", KINDS)
def test_csv_round_trip_has_the_same_rows(db, tmp_path, what):
    out = tmp_path / f"{what}.csv"
    with open_store(db) as store:
        export(store, what=what, fmt="csv", out=str(out))
    table = read_csv(str(out), what)
    assert table.to_pylist() == expected(db, what)


def test_csv_keeps_newlines_quotes_markup_and_bengali(db, tmp_path):
    out = tmp_path / "articles.csv"
    with open_store(db) as store:
        export(store, what="articles", fmt="csv", out=str(out))
    back = {r["id"]: r for r in read_csv(str(out), "articles").to_pylist()}
    for rec in records():
        assert back[rec.id]["text"] == rec.text  # "\n", '"', "<script>" and Bengali intact


def test_null_and_empty_string_stay_apart_in_csv(tmp_path):
    table_rows = [{"article_id": "a", "n": 0, "text": "", "type": None}]
    out = tmp_path / "e.csv"
    export_module.write_csv(iter(table_rows), SCHEMAS["entities"], str(out))
    back = read_csv(str(out), "entities").to_pylist()[0]
    assert back["text"] == "" and back["type"] is None and back["actor_id"] is None


def test_jsonl_rows_have_every_column(db, tmp_path):
    out = tmp_path / "events.jsonl"
    with open_store(db) as store:
        export(store, what="events", fmt="jsonl", out=str(out))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == expected(db, "events")
    assert all(list(line) == SCHEMAS["events"].names for line in lines)


def test_event_rows_carry_actors_in_step_and_the_source_sentence(db):
    by_type = {r["type"]: r for r in expected(db, "events")}
    consult_en = [r for r in expected(db, "events") if r["type"] == "CONSULT" and r["language"] == "en"][0]
    assert consult_en["actor_ids"] == "test-jane-doe" and consult_en["recipient_countries"] == "BGD"
    assert consult_en["sentence"].startswith("Foreign Secretary Jane Doe met")
    assert by_type["SANCTION"]["modality"] == "possible" and by_type["SANCTION"]["recipient_ids"] is None


def test_since_and_language_filters(db):
    assert {r["language"] for r in expected(db, "articles", language="bn")} == {"bn"}
    assert [r["published"] for r in expected(db, "articles", since="2024-04-01")] == ["2024-04-02", "2024-05-01"]


def test_parquet_is_written_in_bounded_batches(db, tmp_path, monkeypatch):
    """A row group per batch: the writer never holds more than BATCH_ROWS rows."""
    monkeypatch.setattr(export_module, "BATCH_ROWS", 3)
    out = tmp_path / "entities.parquet"
    with open_store(db) as store:
        n = export(store, what="entities", fmt="parquet", out=str(out))
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == n and meta.num_row_groups == -(-n // 3)


def test_cli_export_infers_the_format_and_rejects_bad_dates(db, tmp_path):
    from click.testing import CliRunner

    from khobor.cli import main
    out = tmp_path / "quotes.parquet"
    result = CliRunner().invoke(main, ["export", "--what", "quotes", "--db", db, "-o", str(out)])
    assert result.exit_code == 0 and "exported 4 quotes rows as parquet" in result.output
    assert pq.read_table(out).num_rows == 4
    bad = CliRunner().invoke(main, ["export", "--db", db, "--since", "yesterday-ish"])
    assert bad.exit_code == 2 and "not a date" in bad.output
    stdout = CliRunner().invoke(main, ["export", "--db", db, "--what", "articles", "--lang", "en"])
    assert len(stdout.stdout.splitlines()) == 2
