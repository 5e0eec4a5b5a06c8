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


# -- a throwaway PostgreSQL server (tests/pg_server.py), for the store suite on both databases ----

@pytest.fixture(scope="session")
def postgres_server():
    """One server for the whole run, or a skip that says why there is none."""
    from pg_server import Unavailable, throwaway_postgres
    try:
        server_cm = throwaway_postgres()
        server = server_cm.__enter__()
    except Unavailable as why:
        pytest.skip(f"PostgreSQL tests skip: {why}")
    yield server
    server_cm.__exit__(None, None, None)


@pytest.fixture
def postgres_url(postgres_server):
    """A new empty database on the throwaway server, dropped after the test."""
    url = postgres_server.new_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A new store location on each database khobor supports: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "k.db")
    return request.getfixturevalue("postgres_url")
