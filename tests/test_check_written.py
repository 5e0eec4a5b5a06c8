"""eval/written/check_written.py, the writers' checker: it refuses text it cannot compare."""
import json
import subprocess
import sys
from pathlib import Path

CHECKER = Path(__file__).resolve().parents[1] / "eval" / "written" / "check_written.py"
ROW = {"id": "w99-1-en-01", "url": "https://example.org/a", "paper_name": "The Daily Star", "lang": "en",
       "headline": "Ferry service resumes", "sub_title": None, "category": "national", "author": None,
       "publication_date": None, "scraped_at": "2025-03-01 10:00:00",
       "source_snapshot": "articles_2025-03-01.json",
       "text": ("The river ferry between the two upazilas ran again on Monday after a week of fog. " * 16)}


def _part(tmp_path, rows):
    part = tmp_path / "parts" / "w99-1.jsonl"
    part.parent.mkdir()
    part.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return part


def _run(part, shared):
    return subprocess.run([sys.executable, str(CHECKER), str(part), "--shared", str(shared)],
                          capture_output=True, text=True)


def test_a_missing_shared_folder_is_an_error_not_a_pass(tmp_path):
    done = _run(_part(tmp_path, [ROW]), tmp_path / "nowhere")
    assert done.returncode == 2
    assert "news-dev" in done.stderr


def test_a_six_word_run_shared_with_news_dev_is_refused(tmp_path):
    news_dev = tmp_path / "shared" / "corpus" / "news-dev"
    news_dev.mkdir(parents=True)
    copied = dict(ROW, id="x1", text="Officials said the river ferry between the two upazilas ran late.")
    (news_dev / "articles.jsonl").write_text(json.dumps(copied) + "\n", encoding="utf-8")
    done = _run(_part(tmp_path, [ROW]), tmp_path / "shared")
    assert done.returncode != 0
    assert "six-word runs shared" in done.stdout
