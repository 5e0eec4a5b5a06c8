"""The shipped Bengali event weights must be what the documented command builds from the files in
training/ (issue 9: "trained models are built by a documented command and shipped in the package").
Their .json (`built_from`, written by `khobor train events`) names the command, each data file with
its sha256 and the weight settings of lang/bn/events_training.yaml; here they are compared with the
checkout, with no training (fast). A data file or a weight setting changed without a retrain fails.

Round 33 shipped weights built by that command (at 3dbce091, build A: lang/bn/events_classifier.md),
so these tests pass; until then a strict xfail said the command no longer rebuilt them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khobor.train.events_training import provenance, weight_settings

ROOT = Path(__file__).resolve().parents[1]
META = json.loads((ROOT / "src" / "khobor" / "lang" / "bn" / "events_classifier.json").read_text(encoding="utf-8"))
COMMAND = "OMP_NUM_THREADS=1 khobor train events --lang bn"


def _checkout() -> dict:
    if not (ROOT / "training" / "events" / "bn").is_dir():
        pytest.skip("training data not in this checkout")
    return provenance(ROOT / "training", "bn")


def test_the_shipped_weights_were_built_by_the_documented_command():
    assert META["built_from"].get("command") == COMMAND
    assert META["built_from"]["dirty"] is False


def test_the_training_files_are_those_the_shipped_weights_were_built_from():
    now = _checkout()
    assert now["file_sha256"] == META["built_from"].get("file_sha256")
    assert (now["data_sha256"], now["files"]) == (META["built_from"]["data_sha256"], META["built_from"]["files"])


def test_the_training_settings_are_those_the_shipped_weights_were_built_with():
    settings = weight_settings("bn")
    assert settings == META["built_from"].get("settings")
    assert (META["features"], META.get("averaged_runs", 1)) == (settings["feature_set"], settings["averaged_runs"])
