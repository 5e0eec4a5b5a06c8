"""bench/bench_pipeline.py's steady-state stream: every timed pass is articles the process has not
seen (no slice repeats a row, none is a warm-up row), each with the language mix of news-dev's
first rows, a language's rows dealt out to the passes in turn."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_pipeline.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_pipeline_under_test", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows(langs: str) -> list[dict]:
    return [{"lang": {"b": "bn", "e": "en"}[c], "text": f"row {i}"} for i, c in enumerate(langs)]


def test_slices_are_new_rows_with_the_first_slice_mix(bench):
    rows = _rows("bbebbbeebbbbeeebbbbe")
    warm = bench._warm_rows(rows)
    assert warm == [18, 19]   # the last Bengali and the last English row
    slices = bench._slices(rows, 4, 3, warm)
    # Bengali rows 0 1 3 4 5 8 9 10 11 15 16 17, English 2 6 7 12 13 14, dealt out in turn
    assert slices[0] == [0, 2, 4, 9]
    seen = [i for s in slices for i in s]
    assert len(seen) == len(set(seen)) and not set(seen) & set(warm)
    assert all(Counter(rows[i]["lang"] for i in s) == Counter(bn=3, en=1) for s in slices)
    assert slices[1] == [1, 5, 6, 10] and slices[2] == [3, 7, 8, 11]


def test_too_few_rows_of_a_language_stop_the_run(bench):
    rows = _rows("bbeebbbb")
    with pytest.raises(SystemExit):
        bench._slices(rows, 4, 3, bench._warm_rows(rows))
