"""The CLI end to end: extract prints schema-valid records; ingest stores good files beside bad
ones, exits non-zero, and stores nothing twice; search finds Bengali words whole."""
import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8"))

SEED_LIKE = ("রাশিয়ার রাষ্ট্রপতি ভ্লাদিমির পুতিন ও উত্তর কোরিয়ার নেতা কিম জং-উন একে অপরকে রাইফেল উপহার দিয়েছেন।\n"
             "দুই নেতা দূরপ্রাচ্যে বৈঠক করেছেন বলে জানা গেছে।")
BAZAR = "বাজারে আজ সবজির দাম কিছুটা কমেছে। ক্রেতারা স্বস্তি প্রকাশ করেছেন।"


def records(output: str):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_schema_file_is_current():
    from khobor.record import Record
    assert Record.json_schema() == SCHEMA, "docs/record.schema.json is stale: run `khobor schema --out docs/record.schema.json`"


def test_extract_prints_valid_records_and_stores_nothing(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = tmp_path / "a.txt"
    a.write_text(SEED_LIKE, encoding="utf-8")
    res = cli(["extract", a, "--published", "2023-09-15", "--url", "https://example.com/x"])
    assert res.exit_code == 0, res.stderr
    (rec,) = records(res.stdout)
    jsonschema.validate(rec, SCHEMA)
    assert rec["schema"] == "khobor.record/1" and rec["published"] == "2023-09-15"
    assert rec["url"] == "https://example.com/x" and rec["language"] == "bn"
    assert not list(tmp_path.glob("*.db"))


def test_extract_seed_is_valid(cli, seed_path):
    res = cli(["extract", seed_path])
    (rec,) = records(res.stdout)
    jsonschema.validate(rec, SCHEMA)


def test_extract_rejects_a_bad_date(cli, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(SEED_LIKE, encoding="utf-8")
    res = cli(["extract", a, "--published", "last tuesday-ish"])
    assert res.exit_code == 2 and "--published" in res.stderr


def test_ingest_batch_with_bad_files(cli, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    batch = tmp_path / "batch"
    batch.mkdir()
    good1, good2 = batch / "good1.txt", batch / "good2.txt"
    good1.write_text(SEED_LIKE, encoding="utf-8")
    good2.write_text(BAZAR, encoding="utf-8")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (batch / "broken.txt").write_bytes(BAZAR.encode() + b"\xff\xfe" + BAZAR.encode())
    res = cli(["ingest", "--db", db, "-q", batch])
    assert res.exit_code == 1
    err_lines = [l for l in res.stderr.splitlines() if l.startswith("khobor: ")]
    assert len(err_lines) == 3
    assert any("empty.txt: empty file" in l for l in err_lines)
    assert any("binary.txt: not a text file" in l for l in err_lines)
    assert any("broken.txt: invalid UTF-8" in l for l in err_lines)
    assert "stored 2" in res.stderr and "failed 3" in res.stderr
    again = cli(["ingest", "--db", db, "-q", good1, good2])
    assert again.exit_code == 0
    assert "stored 0" in again.stderr and "unchanged 2" in again.stderr and "2 articles in the store" in again.stderr


def test_search_keeps_bengali_words_whole(cli, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SEED_LIKE, encoding="utf-8")
    b.write_text(BAZAR, encoding="utf-8")
    cli(["ingest", "--db", db, "-q", a, b])
    ids = {}
    for word in ["জং", "পুতিন", "রাইফেল", "বাজারে"]:
        res = cli(["search", word, "--db", db, "--json"])
        hits = records(res.stdout)
        assert all({"id", "title", "snippet"} <= set(h) for h in hits)
        ids[word] = [h["id"] for h in hits]
    assert len(ids["জং"]) == 1 and ids["জং"] == ids["পুতিন"] == ids["রাইফেল"]
    assert ids["বাজারে"] != ids["জং"] and len(ids["বাজারে"]) == 1
    shown = cli(["show", ids["জং"][0], "--db", db])
    assert json.loads(shown.stdout)["id"] == ids["জং"][0]
    assert cli(["show", "0000000000", "--db", db]).exit_code == 1


@pytest.mark.parametrize("command", ["extract", "ingest", "search", "show", "schema"])
def test_every_command_answers_help(cli, command):
    res = cli([command, "--help"])
    assert res.exit_code == 0 and "Usage:" in res.stdout and len(res.stdout) > 200


def test_a_failing_layer_costs_only_itself(monkeypatch):
    from khobor import pipeline
    from khobor.quotes import attribution as quotes
    from khobor.ingest.raw import RawArticle

    def broken(rec, pack):
        raise RuntimeError("boom")

    monkeypatch.setattr(quotes, "run", broken)
    rec = pipeline.process(RawArticle(source="t.txt", text=SEED_LIKE))
    assert rec.stage_errors == ["quotes: RuntimeError: boom"]
    assert rec.sentences and rec.text
