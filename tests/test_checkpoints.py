"""Checkpoints of an ingest (khobor.run.checkpoints): keyed by the file as it is and by how it is
read, and never moved back by a writer that is behind."""
from __future__ import annotations

import os

from khobor.pipeline import Overrides
from khobor.run import checkpoints
from khobor.run.checkpoints import Progress
from khobor.store import open_store


def test_a_checkpoint_never_moves_back_and_a_finished_file_stays_finished(tmp_path):
    with open_store(str(tmp_path / "k.db")) as store:
        for progress in (Progress(5, 4), Progress(3, 3), Progress(9, 8, done=True), Progress(12, 11)):
            with store.writing() as conn:
                checkpoints.save(conn, "key", "a.jsonl", progress)
        assert checkpoints.load(store, "key") == Progress(9, 8, done=True)
        assert checkpoints.load(store, "other") == Progress()


def test_the_key_changes_with_the_file_and_with_how_it_is_read(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    plain = checkpoints.reading_key(Overrides(), 2_000_000)
    key = checkpoints.input_key(path, plain)
    assert key == checkpoints.input_key(path, plain)
    assert key != checkpoints.input_key(path, checkpoints.reading_key(Overrides(published="2025-01-01"), 2_000_000))
    assert key != checkpoints.input_key(path, checkpoints.reading_key(Overrides(), 1_000_000))
    os.utime(path, ns=(1, 1))
    assert key != checkpoints.input_key(path, plain)
    assert checkpoints.input_key(tmp_path / "gone.jsonl", plain) is None
