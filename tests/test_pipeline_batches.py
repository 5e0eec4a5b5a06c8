"""Articles in batches (`pipeline.outcomes_of`, the executors' `batches` and `ordered`): the NER
model tags a batch's sentences in one stream, and every record is still the one `outcome_of`
gives the article alone; failures, markers and order come through as they went in."""
from __future__ import annotations

from collections import defaultdict

import pytest

from khobor import pipeline
from khobor.executors import LocalExecutor, batches, ordered
from khobor.ingest import read_inputs
from khobor.ingest.raw import RawArticle
from khobor.ner import entities
from khobor.pipeline import Outcome, outcome_of, outcomes_of
from scale_fixtures import write_corpus


@pytest.fixture(scope="module")
def raws(tmp_path_factory):
    folder = write_corpus(tmp_path_factory.mktemp("corpus"))
    items = list(read_inputs([str(folder)]))
    assert len(items) == 10 and all(isinstance(r, RawArticle) for r in items)
    return items


def as_lines(outcomes) -> list[str]:
    return [o.record.to_json() if o.record else f"{o.source}: {o.error}" for o in outcomes]


@pytest.fixture(scope="module")
def one_by_one(raws) -> list[str]:
    return as_lines(outcome_of(r) for r in raws)


def test_a_batch_gives_each_article_the_record_it_gets_alone(raws, one_by_one):
    assert any('"language": "bn"' in x for x in one_by_one) and any('"language": "en"' in x for x in one_by_one)
    assert any('"entities": [{' in x for x in one_by_one)   # the model found something to compare
    assert as_lines(outcomes_of(raws)) == one_by_one


def test_failures_in_a_batch_keep_their_place_and_reason(raws, one_by_one):
    empty = RawArticle(source="empty.txt", text="   ")
    got = outcomes_of([raws[0], ("broken.html", "unreadable"), empty, raws[1]])
    assert [o.source for o in got] == [raws[0].source, "broken.html", "empty.txt", raws[1].source]
    assert got[1].error == "unreadable" and got[1].record is None
    assert got[2].record is None and got[2].error == outcome_of(RawArticle(source="empty.txt", text="   ")).error
    assert as_lines([got[0], got[3]]) == [one_by_one[0], one_by_one[1]]


def test_when_batch_tagging_fails_each_article_is_tagged_alone(raws, one_by_one, monkeypatch):
    def broken(recs, pack, batch_size=256):
        raise RuntimeError("tagger down")
    monkeypatch.setattr(entities, "tag_records", broken)
    assert as_lines(outcomes_of(raws)) == one_by_one


def test_stage_cpu_counts_every_stage_of_each_language(raws):
    cpu = defaultdict(float)
    outcomes_of(raws, stage_cpu=cpu)
    for code in ("bn", "en"):
        assert {stage for c, stage in cpu if c == code} == {"clean", *pipeline.STAGE_NAMES}
    assert cpu[("bn", "entities")] > 0


def test_batches_hold_at_most_size_articles_with_failures_and_markers_alongside():
    a, b, c = (RawArticle(source=s, text="x") for s in "abc")
    pairs = [(0, a), (1, None), (2, ("f", "bad")), (3, b), (4, c), (5, None)]
    assert [[t for t, _ in chunk] for chunk in batches(pairs, 2)] == [[0, 1, 2, 3], [4, 5]]
    assert list(batches([], 2)) == []


def test_ordered_submits_lists_and_gives_outcomes_back_in_input_order():
    raws = [RawArticle(source=f"s{i}", text="x") for i in range(19)]
    pairs = []
    for i, r in enumerate(raws):
        pairs.append((f"r{i}", r))
        if i % 5 == 0:
            pairs += [(f"m{i}", None), (f"f{i}", (f"bad{i}", "unreadable"))]
    submitted = []

    def submit(batch):
        assert 0 < len(batch) <= pipeline.BATCH and all(isinstance(r, RawArticle) for r in batch)
        submitted.append(batch)
        return batch

    def result(batch):
        return [Outcome(r.source, error="done") for r in batch]

    got = list(ordered(iter(pairs), submit, result, None, window=pipeline.BATCH * 2))
    assert [t for t, _ in got] == [t for t, _ in pairs]
    for (tag, item), (_, out) in zip(pairs, got):
        if item is None:
            assert out is None
        elif isinstance(item, tuple):
            assert (out.source, out.error) == item
        else:
            assert (out.source, out.error) == (item.source, "done")
    assert sum(len(b) for b in submitted) == 19 and len(submitted) == -(-19 // pipeline.BATCH)


def test_the_local_executor_batches_and_keeps_markers(raws, one_by_one):
    pairs = [(i, r) for i, r in enumerate(raws)]
    pairs.insert(3, ("marker", None))
    got = list(LocalExecutor().map(iter(pairs)))
    assert [t for t, _ in got] == [t for t, _ in pairs]
    assert got[3][1] is None
    assert as_lines(o for t, o in got if t != "marker") == one_by_one
