"""The shipped Bengali name tables are what `khobor actors build` makes of the openly licensed
data (../shared/data/actors/bn-en-names: Wikipedia title pairs; the shipped registry's own
people): an edit by hand to a built file, or a change to the build that would give another
file, fails here, so the spellings a provisional person gets stay reproducible. Skipped when
../shared is not beside the checkout (the pairs are not shipped)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khobor.actors import build
from khobor.lang import load

PACK = load("bn")


def _shipped(name: str) -> list[tuple[str, str]]:
    """The native -> latin rows of a shipped pack table, in file order."""
    return [(row["native"], row["latin"]) for row in PACK.tsv(name)]


def test_the_title_pair_spellings_rebuild_to_the_shipped_file(shared_dir: Path):
    if build.wiki_name_pairs(shared_dir) is None:
        pytest.skip("no bn-en title pairs in ../shared")
    assert build.name_spellings(shared_dir) == _shipped("name_spellings")


def test_the_whole_name_titles_rebuild_to_the_shipped_file(shared_dir: Path):
    if build.wiki_name_pairs(shared_dir) is None:
        pytest.skip("no bn-en title pairs in ../shared")
    assert build.name_titles(shared_dir) == _shipped("name_titles")


def test_the_home_spellings_rebuild_from_the_shipped_registry():
    registry = build.DATA_DIR / "registry.jsonl"
    actors = [json.loads(line) for line in registry.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert build.local_name_spellings(actors) == _shipped("name_spellings_local")
