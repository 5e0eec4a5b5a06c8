"""The sentence yardstick (eval/sentences/): rows rebuilt from the NER sets in ../shared and checked
against their sha1, a changed or missing source refused by name, and `khobor eval --set sentences`."""
import hashlib
import json
import re

import pytest

from khobor.eval import standoff
from khobor.eval.sentences import detokenise, sentence_rows, text_sha1

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "eval" / "sentences"

# Fixture sources in the two formats, written for this test (not newspaper text).
BANGLAKIT_LINES = [["আমরা আজ সকালে বাজারে গেলাম ।", ["O"] * 6],
                   ["শিক্ষকেরা ( স্কুলের ) দাবি জানালেন , বেতন বাড়াতে হবে ।", ["O"] * 11]]
RIFAT_TEXT = "রহিম\tB-PER\nঢাকায়\tB-LOC\nগেলেন\tO\n।\tO\n\n\tO\n“\tO\nভালো\tO\n”\tO\nবললেন\tO\n"


def _write_sources(shared):
    ner = shared / "data" / "ner"
    (ner / "banglakit").mkdir(parents=True)
    (ner / "rifat").mkdir(parents=True)
    bk = ner / "banglakit" / "train.jsonl"
    bk.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in BANGLAKIT_LINES), encoding="utf-8")
    rf = ner / "rifat" / "train.txt"
    rf.write_text(RIFAT_TEXT, encoding="utf-8")
    return bk, rf


EXPECTED = {"s39-bk-0001": "শিক্ষকেরা (স্কুলের) দাবি জানালেন, বেতন বাড়াতে হবে।",
            "s39-rf-0000": "রহিম ঢাকায় গেলেন।",
            "s39-rf-0001": "“ভালো” বললেন"}


def test_detokenise_closes_up_punctuation_and_normalises_to_nfc():
    assert detokenise("সে  বলল , “ আমি যাব ” ।") == "সে বলল, “আমি যাব”।"
    assert detokenise("ক\u09c7\u09be ( খ )") == "ক\u09cb (খ)"


def test_rows_rebuild_from_both_source_formats(tmp_path):
    _write_sources(tmp_path)
    rows = sentence_rows(tmp_path, {i: text_sha1(t) for i, t in EXPECTED.items()})
    assert {i: r["text"] for i, r in rows.items()} == EXPECTED
    row = rows["s39-rf-0000"]
    assert row["id"] == "s39-rf-0000" and row["lang"] == "bn"
    assert all(v is None for k, v in row.items() if k not in ("id", "lang", "text"))


def test_a_changed_source_line_is_refused_naming_the_file(tmp_path):
    bk, _ = _write_sources(tmp_path)
    checksums = {i: text_sha1(t) for i, t in EXPECTED.items()}
    lines = bk.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("বেতন", "ভাতা")
    bk.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LookupError, match=re.escape(str(bk)) + ".*s39-bk-0001"):
        sentence_rows(tmp_path, checksums)


def test_a_missing_or_short_source_is_refused_naming_the_file(tmp_path):
    with pytest.raises(LookupError, match=re.escape(str(tmp_path / "data" / "ner" / "banglakit" / "train.jsonl"))):
        sentence_rows(tmp_path, {"s39-bk-0001": text_sha1(EXPECTED["s39-bk-0001"])})
    _, rf = _write_sources(tmp_path)
    with pytest.raises(LookupError, match=re.escape(str(rf))):
        sentence_rows(tmp_path, {"s39-rf-0007": text_sha1("x")})


def _split():
    return json.loads((SENTENCES / "split.json").read_text(encoding="utf-8"))


def test_the_split_is_fixed_by_sha1_parity_and_every_row_has_gold_and_a_checksum():
    split = _split()
    dev, test = split["dev"], split["test"]
    assert (len(dev), len(test)) == (241, 239) and not set(dev) & set(test)
    assert all(int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 0 for i in dev)
    assert all(int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 1 for i in test)
    assert sorted(split["sha1"]) == sorted(dev + test)
    assert sorted(p.stem for p in (SENTENCES / "gold").glob("*.json")) == sorted(dev + test)


@pytest.fixture(scope="module")
def shared_rows():
    from khobor.eval.corpus import default_shared
    shared = default_shared()
    if not (shared / "data" / "ner").is_dir():
        pytest.skip("../shared/data/ner is not beside the checkout")
    return sentence_rows(shared, _split()["sha1"])


def test_the_rows_rebuild_to_the_annotated_text_and_its_gold_resolves(shared_rows):
    """Every row's text matches the sha1 taken from the rows the annotators read (sentence_rows
    would refuse otherwise); every gold file is valid and its evidence lies inside its sentence."""
    split = _split()
    assert sorted(shared_rows) == sorted(split["dev"] + split["test"])
    events = {"dev": [0, 0], "test": [0, 0]}
    for part in ("dev", "test"):
        for article_id in split[part]:
            gold = json.loads((SENTENCES / "gold" / f"{article_id}.json").read_text(encoding="utf-8"))
            assert gold["article"] == article_id and standoff.label_problems(gold) == []
            text = shared_rows[article_id]["text"]
            for event in standoff.to_working(gold, shared_rows[article_id])["events"]:
                assert event["evidence"] and event["evidence"] in text
                events[part][0] += 1
                events[part][1] += bool(event.get("required", True))
    assert events == {"dev": [126, 51], "test": [105, 34]}


def test_no_sentence_gold_file_carries_sentence_text(shared_rows):
    haystack = "\n".join(row["text"] for row in shared_rows.values())

    def strings(obj):
        if isinstance(obj, str):
            yield obj
        elif isinstance(obj, (dict, list)):
            for value in obj.values() if isinstance(obj, dict) else obj:
                yield from strings(value)
    for path in sorted((SENTENCES / "gold").glob("*.json")):
        for s in strings(json.loads(path.read_text(encoding="utf-8"))):
            assert not any(s[i:i + 31] in haystack for i in range(max(0, len(s) - 30))), path.name


def test_set_sentences_scores_eval_sentences_and_shows_its_events(cli, monkeypatch):
    from khobor.eval import runner
    seen = {}

    def fake_evaluate(split, *, language=None, eval_dir=None, shared=None, progress=None):
        seen.update(split=split, eval_dir=eval_dir)
        row = {layer: {"p": 1.0, "r": 1.0, "f1": 1.0, "tp_p": 1, "n_p": 1, "tp_r": 1, "n_r": 1}
               for layer in ("entities", "events")}
        return runner.EvalResult(split, {"bn": {**row, "articles": 1, "must_not_violations": 0}})
    monkeypatch.setattr(runner, "evaluate", fake_evaluate)
    result = cli(["eval", "--set", "sentences", "--split", "test", "-q"])
    assert result.exit_code == 0, result.output
    assert seen == {"split": "test", "eval_dir": SENTENCES}
    assert "events" in result.output and "entities" not in result.output
    assert cli(["eval", "-q"]).exit_code == 0 and seen["eval_dir"] == ROOT / "eval"
    both = cli(["eval", "--set", "sentences", "--eval-dir", str(SENTENCES)])
    assert both.exit_code == 2 and "--set" in both.output


def test_an_eval_dir_whose_split_names_ner_sentences_reads_rows_from_the_ner_sets(tmp_path):
    from khobor.eval.runner import article_loader
    _write_sources(tmp_path)
    (tmp_path / "split.json").write_text(json.dumps(
        {"rows": "ner-sentences", "dev": ["s39-rf-0000"], "test": [],
         "sha1": {"s39-rf-0000": text_sha1(EXPECTED["s39-rf-0000"])}}), encoding="utf-8")
    assert article_loader(tmp_path, tmp_path)("s39-rf-0000")["text"] == EXPECTED["s39-rf-0000"]
