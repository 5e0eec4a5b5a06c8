"""The three executors (issue 13, point 1): the same records whichever runs them, and the
options that choose them refused clearly when wrong."""
from __future__ import annotations

import sys

import pytest

from khobor.executors import EngineError, make_executor
from khobor.ingest import read_inputs
from khobor.executors import choose_engine
from khobor.store import open_store
from scale_fixtures import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"))


def records_by(engine: str, corpus, workers: int = 2) -> list[str]:
    """Each outcome of the corpus as a line: the record's JSON, or the source and reason."""
    pairs = ((i, item) for i, item in enumerate(read_inputs([str(corpus)])))
    with make_executor(engine, None if engine == "local" else workers) as executor:
        outcomes = list(executor.map(pairs))
    assert [tag for tag, _ in outcomes] == list(range(len(outcomes)))  # in input order
    return [o.record.to_json() if o.record else f"{o.source}: {o.error}" for _, o in outcomes]


@pytest.fixture(scope="module")
def local_records(corpus):
    return records_by("local", corpus)


def test_the_fixture_corpus_has_both_languages_and_every_kind_of_file(local_records):
    assert len(local_records) == 10 and all(line.startswith("{") for line in local_records)
    assert any('"language": "bn"' in r for r in local_records) and any('"language": "en"' in r for r in local_records)


def test_the_process_engine_gives_the_local_records_byte_for_byte(corpus, local_records):
    assert records_by("process", corpus) == local_records


def test_the_ray_engine_gives_the_local_records_byte_for_byte(corpus, local_records):
    pytest.importorskip("ray", reason="Ray is not installed (pip install 'khobor[ray]'): the Ray engine is not tested")
    assert records_by("ray", corpus) == local_records


def test_ingest_with_each_engine_stores_the_same_records(corpus, cli, tmp_path):
    stored = {}
    for engine in ("local", "process"):
        db = tmp_path / f"{engine}.db"
        result = cli(["ingest", corpus, "--db", db, "-q", "--engine", engine, "--workers", 2])
        assert result.exit_code == 0, result.output
        assert f"({engine} engine" in result.output
        with open_store(str(db)) as store:
            stored[engine] = sorted(r.to_json() for r in store.iter_records())
    assert len(stored["local"]) == 10 and stored["process"] == stored["local"]


def test_the_default_engine_is_the_pool_for_many_articles_and_this_process_for_one(corpus):
    many = ((None, item) for item in read_inputs([str(corpus)]))
    one = ((None, item) for item in read_inputs([str(corpus / "a0.txt")]))
    engine, rest = choose_engine(None, many, workers=2)
    assert engine == "process" and len(list(rest)) == 10   # nothing read ahead is lost
    assert choose_engine(None, one, workers=2)[0] == "local"
    assert choose_engine(None, iter([]), workers=2)[0] == "local"
    assert choose_engine("ray", iter([]), workers=2)[0] == "ray"


@pytest.mark.parametrize("args, message", [
    (["--engine", "spark"], "'spark' is not one of 'local', 'process', 'ray'"),
    (["--workers", "0"], "0 is not in the range x>=1"),
    (["--engine", "process", "--ray-address", "auto"], "--ray-address applies to --engine ray"),
])
def test_a_wrong_engine_option_is_refused_before_anything_is_read(args, message, corpus, cli, tmp_path):
    for command in (["ingest", corpus, "--db", tmp_path / "k.db"], ["extract", corpus]):
        result = cli([*command, *args])
        assert result.exit_code == 2 and message in result.output, result.output
    assert not (tmp_path / "k.db").exists()


def test_the_ray_engine_without_ray_says_how_to_install_it(corpus, cli, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)   # import ray now raises ImportError
    with pytest.raises(EngineError, match=r"pip install 'khobor\[ray\]'"):
        make_executor("ray", 2)
    result = cli(["ingest", corpus / "a0.txt", "--db", tmp_path / "k.db", "--engine", "ray"])
    assert result.exit_code == 1 and "--engine ray needs Ray, which is not installed" in result.output


def test_a_worker_killed_under_the_process_engine_is_one_clear_error(corpus):
    import os
    import signal
    raws = list(read_inputs([str(corpus)]))
    with make_executor("process", 1) as executor:
        list(executor.map([(0, raws[0])]))
        os.kill(executor.pids()[0], signal.SIGKILL)
        with pytest.raises(EngineError, match="a worker process died"):
            list(executor.map(enumerate(raws)))
