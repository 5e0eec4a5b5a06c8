"""The gold corpus and its gate: stand-off conversion, the split, no article text in the repository,
and a broken layer failing the gate."""
import json
import random
import re
import shutil

import pytest

from khobor.eval import standoff
from khobor.eval.scoring import Tally, regressions

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"
SEED_ID = "seed:000_aa0006d073a15e1e"

ARTICLE = {"id": "t1", "headline": "Floods cut off the northern districts",
           "text": "Police arrested two men in  Sylhet on Sunday. \"We will not stop,\" the mayor said."}
WORKING = {
    "article": "t1", "language": "en", "published_for_resolution": "2025-06-10",
    "structure": {"headline": "Floods cut off the northern districts", "body_paragraph_starts": ["Police arrested two men"]},
    "entities": [{"canonical": "Sylhet", "type": "GPE", "country": "BGD", "surfaces": ["Sylhet"]}],
    "times": [{"text": "on Sunday", "value": "2025-06-08"}],
    "quotes": [{"kind": "direct", "contains": "We will not stop", "speaker": "", "cue": "said"}],
    "events": [{"id": "arrest", "types": ["COERCE"], "actor": ["BGD"], "recipient": ["BGD"],
                "evidence": "Police arrested two men in Sylhet", "required": True}],
}


def test_standoff_keeps_offsets_not_words_and_round_trips():
    gold = standoff.to_standoff(WORKING, ARTICLE)
    flat = json.dumps(gold)
    assert "Police arrested" not in flat and "We will not stop" not in flat
    assert gold["structure"]["headline"] == ["headline", 0, 37]
    # white space in the annotation matches the article's double space; the span covers the article's words
    assert standoff.resolve(gold["events"][0]["evidence"], ARTICLE) == "Police arrested two men in  Sylhet"
    back = standoff.to_working(gold, ARTICLE)
    assert back["quotes"][0]["contains"] == "We will not stop"
    assert back["entities"][0]["surfaces"] == ["Sylhet"] and gold["entities"][0]["mentions"] == 1


def test_standoff_refuses_unknown_fields_and_words_not_in_the_article():
    with pytest.raises(standoff.AnnotationError, match="unknown field 'speakr'"):
        standoff.to_standoff({**WORKING, "quotes": [{"kind": "direct", "contains": "We will", "speakr": "x"}]}, ARTICLE)
    with pytest.raises(standoff.AnnotationError, match="times\\[0\\].text: not in the article"):
        standoff.to_standoff({**WORKING, "times": [{"text": "on Monday", "value": "2025-06-09"}]}, ARTICLE)


def test_label_problems_name_the_bad_label():
    bad = {**WORKING, "times": [{"text": "on Sunday", "value": "Sunday"}],
           "events": [{"types": ["ATTACK"], "actor": ["Bangladesh"], "evidence": "x"}]}
    problems = "\n".join(standoff.label_problems(bad))
    assert "value 'Sunday'" in problems and "ATTACK" in problems and "Bangladesh" in problems
    assert standoff.label_problems(WORKING) == []


def test_count_mentions_takes_the_longest_surface_once():
    assert standoff.count_mentions(["পুতিন", "পুতিনের"], "পুতিনের সঙ্গে পুতিন") == 2


def test_gate_fails_when_a_layer_falls_more_than_the_tolerance():
    before, after = Tally(), Tally()
    before.add("bn", "quotes", 8, 10, 8, 10)
    after.add("bn", "quotes", 7, 10, 7, 10)
    assert set(regressions(after.table(), before.table(), 0.02)) == {
        "bn quotes: F1 0.700 < baseline 0.800 - 0.02", "all quotes: F1 0.700 < baseline 0.800 - 0.02"}
    assert regressions(before.table(), before.table(), 0.02) == []


def test_split_is_fixed_disjoint_and_sixty_forty_per_language():
    split = json.loads((EVAL / "split.json").read_text(encoding="utf-8"))
    dev, test = set(split["dev"]), set(split["test"])
    assert not dev & test and SEED_ID in dev
    grown = [i for growth in split.get("grown_dev", []) for i in growth["ids"]]
    assert set(grown) <= dev and len(set(grown)) == len(grown)
    written = {i for growth in split.get("written_dev", []) for i in growth["ids"]}
    first_draw_dev = dev - {SEED_ID} - set(grown) - written
    for lang in ("bn", "en"):
        n_dev = sum(split["languages"][i] == lang for i in first_draw_dev)
        n_test = sum(split["languages"][i] == lang for i in test)
        assert (n_dev, n_test) == (48, 32)
    for growth in split.get("grown_dev", []):
        for lang in ("bn", "en"):
            assert sum(split["languages"][i] == lang for i in growth["ids"]) == _drawn_count(growth, lang)
    assert set(split["second_annotation"]) <= dev | test


def test_growing_dev_draws_only_undrawn_articles_and_never_touches_test():
    make_split = _load_make_split()
    rows = [{"id": f"a{n:03d}", "text": " ".join((f"খবর{n}-{k}" if n % 2 else f"news{n}-{k}") for k in range(150))}
            for n in range(40)]
    split = {"dev": ["a000", "a001"], "test": ["a002", "a003"], "languages": {}}
    grown = make_split.grow_dev(json.loads(json.dumps(split)), rows, 3, seed=7)
    added = grown["grown_dev"][0]["ids"]
    assert grown["test"] == ["a002", "a003"] and grown["dev"][:2] == ["a000", "a001"]
    assert len(added) == 6 and not set(added) & {"a000", "a001", "a002", "a003"}
    assert sorted(grown["languages"][i] for i in added) == ["bn"] * 3 + ["en"] * 3
    assert make_split.grow_dev(json.loads(json.dumps(split)), rows, 3, seed=7)["grown_dev"][0]["ids"] == added


def test_growing_dev_leaves_out_near_copies_of_a_test_article():
    make_split = _load_make_split()
    rows = [{"id": f"a{n:03d}", "text": _random_words(n, "কখগঘঙচছজ" if n % 2 else "abcdefgh")} for n in range(20)]
    rows.append({"id": "copy", "text": "Dhaka (AFP) - " + rows[2]["text"]})  # a test article under another outlet
    split = {"dev": ["a000"], "test": ["a002"], "languages": {}}
    assert make_split.near_test_copies(split, rows) == {"a002", "copy"}
    grown = make_split.grow_dev(split, rows, 8, seed=3)  # the whole English pool but the copy
    assert "copy" not in grown["dev"] and len(grown["grown_dev"][0]["ids"]) == 16
    assert grown["grown_dev"][0]["near_test_excluded"] is True


def test_growing_dev_can_draw_fewer_articles_of_one_language():
    make_split = _load_make_split()
    rows = [{"id": f"a{n:03d}", "text": " ".join((f"খবর{n}-{k}" if n % 2 else f"news{n}-{k}") for k in range(150))}
            for n in range(40)]
    grown = make_split.grow_dev({"dev": [], "test": [], "languages": {}}, rows, {"bn": 5, "en": 2}, seed=7)
    assert sorted(grown["languages"].values()) == ["bn"] * 5 + ["en"] * 2
    assert grown["grown_dev"][0]["per_language"] == {"bn": 5, "en": 2}


def test_growing_dev_past_a_spent_pool_is_a_clear_error_naming_the_language():
    make_split = _load_make_split()
    rows = [{"id": f"a{n:03d}", "text": " ".join((f"খবর{n}-{k}" if n % 2 else f"news{n}-{k}") for k in range(150))}
            for n in range(10)]
    with pytest.raises(make_split.PoolSpent, match=r"en: 6 asked, 5 undrawn"):
        make_split.grow_dev({"dev": [], "test": [], "languages": {}}, rows, {"bn": 2, "en": 6}, seed=7)


def _drawn_count(growth: dict, lang: str) -> int:
    counts = growth["per_language"]
    return counts[lang] if isinstance(counts, dict) else counts


def _random_words(seed: int, letters: str, n: int = 150) -> str:
    rng = random.Random(seed)
    return " ".join("".join(rng.choice(letters) for _ in range(rng.randint(2, 8))) for _ in range(n))


def _load_make_split():
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_split", EVAL / "make_split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_written_articles_load_without_the_shared_folder_and_sit_in_dev_only(tmp_path):
    """Articles written for the project live in the checkout (eval/written): found by id with no
    ../shared at all, each one in dev (never test), with its language and a gold file."""
    from khobor.eval.corpus import load_article
    split = json.loads((EVAL / "split.json").read_text(encoding="utf-8"))
    written = [i for growth in split["written_dev"] for i in growth["ids"]]
    rows = [json.loads(line) for line in (EVAL / "written" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert written and sorted(written) == sorted(r["id"] for r in rows)
    for row in rows:
        assert load_article(row["id"], tmp_path / "no-shared-here") == row
        assert row["id"] in split["dev"] and row["id"] not in split["test"]
        assert split["languages"][row["id"]] == row["lang"]
        assert (EVAL / "gold" / f"{row['id']}.json").is_file()
    with pytest.raises(LookupError):
        load_article("bdnews-0001", tmp_path / "no-shared-here")


def test_every_gold_file_is_valid_and_in_the_split():
    split = json.loads((EVAL / "split.json").read_text(encoding="utf-8"))
    ids = set(split["dev"]) | set(split["test"])
    for path in sorted((EVAL / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["article"] in ids, path.name
        assert path.name == gold["article"].replace(":", "_") + ".json"
        assert standoff.label_problems(gold) == [], path.name


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if k in standoff.NAME_LABELS and all(len(n) <= 100 and not re.search(r"[.।!?;:]", n) for n in _strings(v)):
                continue
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_no_gold_file_carries_article_text(shared_dir):
    """Stand-off only: no string of more than 30 characters in a gold file comes from an article.
    Names of people, bodies and places (canonical names and the like) are facts, not text: they are
    exempt, but only while they read as a name (no sentence punctuation, at most 100 characters)."""
    corpus = []
    with open(shared_dir / "corpus" / "news-dev" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            corpus += [row.get("text") or "", row.get("headline") or "", row.get("sub_title") or ""]
    corpus += [p.read_text(encoding="utf-8") for p in (shared_dir / "corpus" / "seed").glob("*.txt")]
    for line in (EVAL / "written" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        corpus += [row.get("text") or "", row.get("headline") or "", row.get("sub_title") or ""]
    haystack = "\n".join(re.sub(r"\s+", " ", c) for c in corpus)
    files = sorted((EVAL / "gold").glob("*.json")) + sorted((EVAL / "agreement").glob("*.json"))
    assert files
    for path in files:
        for s in _strings(json.loads(path.read_text(encoding="utf-8"))):
            s = re.sub(r"\s+", " ", s)
            leaks = [s[i:i + 31] for i in range(0, max(0, len(s) - 30)) if s[i:i + 31] in haystack]
            assert not leaks, f"{path.name} carries article text: {leaks[0]!r}"


def test_a_broken_layer_fails_the_gate(shared_dir, tmp_path, cli, monkeypatch):
    """The gate of .ci/run, on the seed alone: a baseline from the working pipeline, then the quotes
    stage patched to find nothing must fail it, naming the layer."""
    (tmp_path / "gold").mkdir()
    shutil.copy(EVAL / "gold" / "seed_000_aa0006d073a15e1e.json", tmp_path / "gold")
    (tmp_path / "split.json").write_text(json.dumps({"dev": [SEED_ID], "test": []}), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    common = ["eval", "--split", "dev", "--eval-dir", tmp_path, "--shared", shared_dir, "-q"]
    first = cli([*common, "--write-baseline", baseline])
    assert first.exit_code == 0 and json.loads(baseline.read_text())["bn"]["quotes"]["f1"] == 1.0
    assert cli([*common, "--gate", baseline]).exit_code == 0

    from khobor.quotes import attribution as quotes
    monkeypatch.setattr(quotes, "run", lambda record, pack: None)
    broken = cli([*common, "--gate", baseline])
    assert broken.exit_code == 1
    assert "REGRESSION: bn quotes" in broken.output and "gate: FAILED" in broken.output


def test_eval_without_its_corpus_says_what_is_missing(tmp_path):
    from click.testing import CliRunner

    from khobor.cli import main
    result = CliRunner().invoke(main, ["eval", "--eval-dir", str(tmp_path), "--shared", str(tmp_path)])
    assert result.exit_code == 1
    assert "score.py" in result.output or "split.json" in result.output
    assert "Traceback" not in result.output
