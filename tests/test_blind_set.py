"""eval/written/blind_set.py, the bookkeeping of a blind set: briefs dealt out by language, the
blind eval folder, and the fold into dev that refuses a set twice."""
import importlib.util
import json
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "eval" / "written" / "blind_set.py"
_SPEC = importlib.util.spec_from_file_location("blind_set", _PATH)
blind_set = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(blind_set)


def _set(tmp_path: Path, n_bn: int = 24, n_en: int = 8) -> Path:
    written = tmp_path / "written"
    rows = [{"id": f"w99-{i // 6 + 1}-bn-{i % 6 + 1:02d}", "lang": "bn", "text": "x"} for i in range(n_bn)]
    rows += [{"id": f"w99-{i // 2 + 1}-en-{i % 2 + 1:02d}", "lang": "en", "text": "y"} for i in range(n_en)]
    path = written / "corpus" / "news-dev" / "articles.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return written


def test_each_annotator_gets_six_bengali_and_two_english_and_reviewers_split_by_language(tmp_path):
    rows = blind_set.set_rows(_set(tmp_path))
    annotators, reviewers = blind_set.assignments(rows, seed=1)
    lang = {r["id"]: r["lang"] for r in rows}
    for ids in annotators.values():
        assert sorted(lang[i] for i in ids) == ["bn"] * 6 + ["en"] * 2
    assert sorted(i for ids in annotators.values() for i in ids) == sorted(lang)
    assert [len(reviewers[k]) for k in "abc"] == [12, 12, 8]
    assert {lang[i] for i in reviewers["c"]} == {"en"}


def test_briefs_name_the_articles_and_leave_no_placeholder(tmp_path):
    written = _set(tmp_path)
    out, work, gold = tmp_path / "briefs", tmp_path / "work", tmp_path / "gold"
    blind_set.main(["briefs", "--set", str(written), "--work", str(work), "--gold", str(gold),
                    "--out", str(out), "--ann-deadline", "13:05", "--rev-deadline", "13:12", "--round", "99"])
    brief = (out / "ANN_a99a.md").read_text(encoding="utf-8")
    assert "13:05" in brief and str(work / "a99a") in brief and "w99-" in brief
    for placeholder in ("WRITTEN", "WORK/", "GOLD", "IDS", "DEADLINE"):
        assert placeholder not in brief
    assert sorted(p.name for p in out.iterdir()) == [f"ANN_a99{x}.md" for x in "abcd"] + [f"REV_r99{x}.md" for x in "abc"]


def test_the_eval_folder_waits_for_every_gold_file(tmp_path):
    written, gold = _set(tmp_path, 2, 1), tmp_path / "gold"
    gold.mkdir()
    (gold / "w99-1-bn-01.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SystemExit, match="no gold yet for 2 rows"):
        blind_set.main(["evaldir", "--set", str(written), "--gold", str(gold), "--out", str(tmp_path / "ev")])


def test_fold_adds_the_set_to_dev_once(tmp_path):
    written, gold, checkout = _set(tmp_path, 2, 1), tmp_path / "gold", tmp_path / "checkout"
    gold.mkdir()
    for r in blind_set.set_rows(written):
        (gold / f"{r['id']}.json").write_text('{"language": "%s"}' % r["lang"], encoding="utf-8")
    (checkout / "eval" / "gold").mkdir(parents=True)
    (checkout / "eval" / "written").mkdir()
    (checkout / "eval" / "written" / "articles.jsonl").write_text("", encoding="utf-8")
    (checkout / "eval" / "split.json").write_text(json.dumps({"dev": ["a"], "test": ["b"], "languages": {}}))
    argv = ["fold", "--set", str(written), "--gold", str(gold), "--round", "99", "--date", "2026-12-07",
            "--about", "a test set", "--checkout", str(checkout)]
    blind_set.main(argv)
    split = json.loads((checkout / "eval" / "split.json").read_text())
    assert split["dev"] == ["a", "w99-1-bn-01", "w99-1-bn-02", "w99-1-en-01"]
    assert split["written_dev"][-1]["round"] == 99 and split["languages"]["w99-1-en-01"] == "en"
    assert len((checkout / "eval" / "written" / "articles.jsonl").read_text().splitlines()) == 3
    assert (checkout / "eval" / "gold" / "w99-1-en-01.json").is_file()
    with pytest.raises(SystemExit, match="refused"):
        blind_set.main(argv)
