"""User slips that used to lose data or print tracebacks (issue 14, point 2): each is refused with
one line that names the option or file, and nothing stored or shipped changes."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from khobor.cli import main

TWO_ARTICLES = [{"text": "Police arrested five men in Dhaka on Monday, officials said."},
                {"text": "The minister visited Khulna on Tuesday to open a bridge."}]


@pytest.fixture()
def two_articles(tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in TWO_ARTICLES), encoding="utf-8")
    return path


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def test_url_on_an_input_of_several_articles_is_refused(two_articles, tmp_path):
    db = tmp_path / "k.db"
    result = run("ingest", two_articles, "--url", "https://example.com/a", "--db", db, "-q")
    assert result.exit_code == 2
    assert "--url applies to a single article" in result.output
    if db.exists():
        from khobor.store import open_store
        with open_store(str(db)) as store:
            assert store.count() == 0


def test_url_on_one_article_is_taken(tmp_path):
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps(TWO_ARTICLES[0]) + "\n", encoding="utf-8")
    result = run("extract", one, "--url", "https://example.com/a")
    assert result.exit_code == 0
    assert json.loads(result.output.splitlines()[0])["url"] == "https://example.com/a"


@pytest.mark.parametrize("args, says", [
    (["--lang", "xx"], "no language pack 'xx'"),
    (["--max-size", "0"], "--max-size"),
    (["--max-size", "-1"], "--max-size"),
])
def test_bad_extract_options_are_refused(two_articles, args, says):
    result = run("extract", two_articles, *args)
    assert result.exit_code == 2
    assert says in result.output


def test_a_mistyped_db_is_an_error_for_read_commands_and_creates_nothing(tmp_path):
    missing = tmp_path / "typo.db"
    for command in (["search", "পুতিন"], ["show", "abcdef"], ["export", "--what", "events"], ["stories", "rebuild"],
                    ["serve", "--port", "1"]):
        result = run(*command, "--db", missing)
        assert result.exit_code == 1
        assert "no such store" in result.output and str(missing) in result.output
    assert not missing.exists()


@pytest.mark.parametrize("value", ["2021-13-01", "yesterday"])
def test_actors_show_refuses_a_date_that_is_not_one(value):
    result = run("actors", "show", "Sheikh Hasina", "--date", value)
    assert result.exit_code == 2
    assert "is not a date" in result.output


def test_ner_eval_refuses_a_map_without_a_target(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("Dhaka\tB-LOC\n", encoding="utf-8")
    result = run("ner", "eval", gold, "--lang", "en", "--map", "GPE")
    assert result.exit_code == 2
    assert "is not SRC=DST" in result.output


def test_ner_eval_and_tag_read_a_token_line_with_an_empty_word(tmp_path):
    """Shared NER sets hold a few "\tO" lines; spaCy refuses an empty token, which used to end
    `ner eval` with "[E031] Invalid token: empty string"."""
    gold = tmp_path / "gold.tsv"
    gold.write_text("Sheikh\tB-PER\nHasina\tI-PER\n\tO\nspoke\tO\n\nDhaka\tB-LOC\n", encoding="utf-8")
    scored = run("ner", "eval", gold, "--lang", "en")
    assert scored.exit_code == 0, scored.output
    assert "E031" not in scored.output and "Error" not in scored.output
    tagged = run("ner", "tag", gold, "--lang", "en")
    assert tagged.exit_code == 0, tagged.output
    lines = tagged.output.splitlines()
    assert len(lines) == 6 and lines[2].startswith("\tO\t") and lines[4] == ""


def test_an_unexpected_error_is_one_line_unless_debugging(tmp_path):
    out = tmp_path / "no" / "such" / "dir" / "schema.json"
    result = run("schema", "--out", out)
    assert result.exit_code == 1
    assert "No such file or directory" in result.output and "Traceback" not in result.output
    assert "KHOBOR_DEBUG=1" in result.output
    debugging = run("schema", "--out", out, env={"KHOBOR_DEBUG": "1"})
    assert isinstance(debugging.exception, FileNotFoundError)


def test_actors_build_without_shared_data_leaves_the_registry_byte_identical(monkeypatch):
    from khobor.actors import build
    registry = build.DATA_DIR / "registry.jsonl"
    before = registry.read_bytes()
    monkeypatch.setattr(build, "default_shared", lambda: None)
    result = run("actors", "build")
    assert result.exit_code == 1
    assert "no shared data folder" in result.output
    assert registry.read_bytes() == before


def test_actors_build_refuses_to_shrink_the_registry(tmp_path, monkeypatch):
    from khobor.actors import build
    out = tmp_path / "actors"
    out.mkdir()
    (out / "registry.jsonl").write_text('{"id": "a"}\n{"id": "b"}\n{"id": "c"}\n', encoding="utf-8")
    monkeypatch.setattr(build.Builder, "build", lambda self: [])
    with pytest.raises(build.BuildRefused, match="would hold 0 actors, the shipped one 3"):
        build.main(tmp_path, out_dir=out)
    assert (out / "registry.jsonl").read_text(encoding="utf-8").count("\n") == 3


def test_train_ner_without_its_data_is_one_line_and_leaves_the_shipped_model_alone(tmp_path):
    """`train ner --lang bn` on a machine without ../shared: the missing file named, no traceback."""
    from khobor import lang
    shipped = lang.load("bn").path / "ner"
    before = {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in shipped.rglob("*")}
    result = run("train", "ner", "--lang", "bn", "--data", tmp_path / "no-shared" / "data")
    assert result.exit_code == 1
    assert "no-shared" in result.output and "No such file" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in shipped.rglob("*")} == before


def test_library_warnings_do_not_reach_the_user(tmp_path, caplog):
    """trafilatura logs "discarding data: None" for a page whose body it cannot find; khobor reports
    such a page itself, so the library's line must never reach the user's terminal."""
    page = tmp_path / "thin.html"
    page.write_text("<html><head><title>Empty</title></head><body><div></div></body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page), "--lang", "en"])
    assert "no article text found" in result.output  # khobor's own line, naming the file
    library_lines = [r for r in caplog.records if r.name.startswith(("trafilatura", "htmldate", "charset_normalizer"))
                     and r.levelno < 40]
    assert not library_lines, [r.getMessage() for r in library_lines]
