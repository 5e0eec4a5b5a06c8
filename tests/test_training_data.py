"""The training sentences written for khobor: valid by their own checker, and not copied from
the newspaper corpus (which may not enter the repository or shipped weights)."""
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "training").glob("events/*/*.jsonl"))   # training/check.py's format
NER_FILES = sorted((ROOT / "training").glob("ner/*/*.jsonl"))   # inline markup, checked below


def _script(name: str, relative: str):
    """A checker script under training/ (not part of the package) loaded as module `name`:
    `_script("check_ner", "training/ner/check_ner.py").check(path)`."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _checker():
    return _script("training_check", "training/check.py")


def _rows():
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path, json.loads(line)


def test_every_training_row_is_valid():
    check = _checker()
    assert FILES
    problems = [f"{p.name} {row.get('id')}: {x}" for p, row in _rows() for x in check.row_problems(row)]
    assert problems == []


def test_checker_refuses_a_trigger_that_is_not_in_the_sentence():
    row = {"id": "x", "lang": "en", "genre": "politics", "text": "Police detained him.",
           "events": [{"type": "COERCE", "trigger": "arrested", "modality": "asserted"}]}
    assert any("trigger 'arrested'" in p for p in _checker().row_problems(row))


COPY_WIDTH = 81  # a shared stretch longer than any title-and-name run (see below)


def _corpus_shingles(shared_dir) -> set[str]:
    shingles = set()
    with open(shared_dir / "corpus" / "news-dev" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            text = re.sub(r"\s+", " ", json.loads(line).get("text") or "")
            shingles.update(text[i:i + COPY_WIDTH] for i in range(0, max(0, len(text) - COPY_WIDTH + 1)))
    return shingles


def _shares_a_stretch(text: str, shingles: set[str]) -> bool:
    text = re.sub(r"\s+", " ", text)
    return any(text[i:i + COPY_WIDTH] in shingles for i in range(0, max(0, len(text) - COPY_WIDTH + 1)))


def test_training_text_is_not_copied_from_the_news_corpus(shared_dir):
    """No sentence shares a stretch of more than 80 characters with an article. Shorter shared
    stretches are titles and names ("BNP Secretary General Mirza Fakhrul Islam Alamgir", a Bengali
    adviser's full rank and name reaches 76 characters), which any news sentence repeats."""
    shingles = _corpus_shingles(shared_dir)
    assert [f"{path.name} {row['id']}" for path, row in _rows() if _shares_a_stretch(row["text"], shingles)] == []


def test_every_ner_training_row_is_valid_and_not_copied(shared_dir):
    """training/ner rows pass their own checker (training/ner/check_ner.py), and their plain text
    shares no stretch of more than 80 characters with a news-dev article."""
    from khobor.ner.written import parse_marked
    module = _script("check_ner", "training/ner/check_ner.py")
    assert NER_FILES
    assert [(p.name, errs) for p in NER_FILES for _, errs, _ in [module.check(p)] if errs] == []
    shingles = _corpus_shingles(shared_dir)
    rows = [json.loads(line) for path in NER_FILES for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assert [row["id"] for row in rows if _shares_a_stretch(parse_marked(row["marked"])[0], shingles)] == []
