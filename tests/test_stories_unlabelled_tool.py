"""eval/stories/unlabelled_reports.py: the same-report audit on rows no test uses must leave out
every test article of both yardsticks and their near copies, and list only the pairs it should."""
import importlib
import sys
from pathlib import Path

STORIES = Path(__file__).resolve().parents[1] / "eval" / "stories"


def _tool():
    sys.path.insert(0, str(STORIES))
    try:
        return importlib.import_module("unlabelled_reports")
    finally:
        sys.path.remove(str(STORIES))


def _text(seed: int, n: int = 120) -> str:
    return " ".join(f"w{seed}x{k}" for k in range(n))


def test_test_articles_and_their_copies_are_left_out():
    tool = _tool()
    rows = [{"id": "s1", "text": _text(1)}, {"id": "s2", "text": _text(2)}, {"id": "g1", "text": _text(3)},
            {"id": "copy", "text": "Dhaka, 3 May: " + _text(3)[:400]}, {"id": "free", "text": _text(4)}]
    out = tool.excluded_rows(rows, {"test": ["s1|s2"]}, {"test": ["g1"]})
    assert out == {"s1", "s2", "g1", "copy"}


def test_near_pairs_keep_only_overlapping_pairs_of_one_language_and_window_in_two_reports():
    tool = _tool()
    base = "The port authority closed the river terminal on Monday after a barge struck its pier. " * 3
    rows = [
        {"id": "a", "text": base, "scraped_at": "2025-12-29 10:00:00", "paper_name": "X", "headline": "Terminal shut"},
        {"id": "b", "text": base[:120], "scraped_at": "2025-12-30 10:00:00", "paper_name": "Y", "headline": "Barge hits pier"},
        {"id": "late", "text": base, "scraped_at": "2026-01-05 10:00:00", "paper_name": "Y", "headline": "Later"},
        {"id": "other", "text": "Rain is expected over the hills tomorrow, the weather office said. " * 3,
         "scraped_at": "2025-12-29 11:00:00", "paper_name": "Z", "headline": "Rain"},
    ]
    apart = tool.near_pairs(rows, {"a": 1, "b": 2, "late": 3, "other": 4}, least=0.3)
    assert [(a, b) for *_scores, a, b in apart] == [("a", "b")]
    assert tool.near_pairs(rows, {"a": 1, "b": 1, "late": 3, "other": 4}, least=0.3) == []  # one report: linked
