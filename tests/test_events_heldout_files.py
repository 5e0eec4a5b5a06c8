"""Every held-out Bengali article file (training/events/heldout/bn/articles/*.jsonl) is well formed, as
bench/eval_event_calibration.py --articles judges them: each written or allowed event's trigger is part of
the article (title and text), no written or allowed type is also listed as must-not, every article says
what it tests, and no article id is used twice. A trigger that is not in the text could never be matched,
so the article would count every right event as wrong."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "training" / "events" / "heldout" / "bn" / "articles"
FILES = sorted(FOLDER.glob("*.jsonl")) if FOLDER.is_dir() else []


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_held_out_article_is_well_formed(path):
    for row in _rows(path):
        full = row["title"] + "\n" + row["text"]
        assert row["note"], row["id"]
        for ev in row["events"] + row.get("optional", []):
            assert ev["trigger"] in full, (row["id"], ev["trigger"])
            assert ev["type"] not in row.get("must_not", []), (row["id"], ev["type"])


def test_held_out_article_ids_are_unique_across_files():
    if not FILES:
        pytest.skip("training data not in this checkout")
    ids = [row["id"] for path in FILES for row in _rows(path)]
    assert len(ids) == len(set(ids))
