"""Which times.yaml rule found each time and which resolution step changed its value (a time's
private `_explain`, shown by `khobor extract --explain` through times.explain). Sentences are
written here."""
import subprocess
import sys

from khobor.record import Record
from khobor.times.explain import explain
from khobor.times.expressions import find_times

from time_fixtures import BN, EN

THU = "2025-10-23"  # a Thursday
TEXT = ("গতকাল বৃহস্পতিবার কমিশনের বৈঠক শেষে নির্দেশনা জানানো হয়। "
        "সংগঠনের সভাপতি গতকাল এক বিবৃতিতে বলেন, এ সিদ্ধান্ত কঠিন।")


def test_each_time_names_its_rule_and_the_step_that_changed_its_value():
    first, second = find_times(TEXT, BN, THU)
    assert first._explain == [{"step": "rule", "rule": "deictic", "decision": THU}]
    assert second._explain == [
        {"step": "rule", "rule": "deictic", "decision": "2025-10-22"},
        {"step": "resolve", "rule": "relative_days_as_pinned", "decision": f"2025-10-22 -> {THU}"}]


def test_a_quotation_counted_from_the_day_it_was_said_is_traced():
    text = "The rally was held yesterday, Monday. The mayor said, “We have gathered here today.”"
    times = find_times(text, EN, "2025-12-23")
    assert [s["rule"] for s in times[-1]._explain] == ["deictic", "anchored_to_when_said"]


def test_explain_prints_one_block_per_time():
    rec = Record(id="t1", language="bn", text=TEXT, times=find_times(TEXT, BN, THU))
    out = explain(rec)
    assert 'time 2: "গতকাল" = 2025-10-23' in out
    assert "resolve     relative_days_as_pinned: 2025-10-22 -> 2025-10-23" in out


def test_extract_explain_shows_the_times(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "khobor.cli", "extract", str(path), "--lang", "bn",
                          "--published", THU, "--explain"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "relative_days_as_pinned: 2025-10-22 -> 2025-10-23" in out.stderr
