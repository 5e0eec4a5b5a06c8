from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "000_aa0006d073a15e1e.txt"


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def seed_path(shared_dir) -> Path:
    if not SEED.exists():
        pytest.skip("the seed article is not in ../shared")
    return SEED


@pytest.fixture
def score_tool(shared_dir):
    """../shared/tools/score.py as a module: the scorer the project is judged by."""
    from khobor.eval.scoring import load_scorer
    return load_scorer(shared_dir)


@pytest.fixture
def cli():
    """Run the khobor CLI in-process: cli(args, input=None) -> click Result."""
    from click.testing import CliRunner

    from khobor.cli import main

    runner = CliRunner()

    def run(args, input=None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return run
