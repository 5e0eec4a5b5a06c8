"""`khobor eval` is never silent for the minutes a split takes: outside a terminal (a log, CI, a
pipe), where tqdm's bar stays off, it writes a plain line on stderr at the start and after every
tenth of the articles, and the heading goes to stdout before the run, not after it; `-q` keeps
stderr quiet."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from khobor.cli import main

EVAL = Path(__file__).resolve().parents[1] / "eval"
SEED_ID = "seed:000_aa0006d073a15e1e"


def _seed_split(tmp_path: Path) -> Path:
    (tmp_path / "gold").mkdir()
    shutil.copy(EVAL / "gold" / "seed_000_aa0006d073a15e1e.json", tmp_path / "gold")
    (tmp_path / "split.json").write_text(json.dumps({"dev": [SEED_ID], "test": []}), encoding="utf-8")
    return tmp_path


def _run(tmp_path, shared_dir, *extra):
    args = ["eval", "--split", "dev", "--eval-dir", str(_seed_split(tmp_path)), "--shared", str(shared_dir),
            "--layer", "times", *extra]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_a_run_outside_a_terminal_reports_its_articles_on_stderr(tmp_path, shared_dir):
    result = _run(tmp_path, shared_dir)
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0] == "eval dev: 1 article" and lines[1].startswith("eval dev: 1/1 articles, ")
    assert result.stdout.startswith("khobor eval --split dev\n")


def test_quiet_keeps_stderr_empty(tmp_path, shared_dir):
    result = _run(tmp_path, shared_dir, "-q")
    assert result.exit_code == 0 and result.stderr == ""
