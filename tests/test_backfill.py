"""Backfill from a Common Crawl News tree (issue 13, point 4): many CC-NEWS-*.warc.gz files read
in one run, a report by reason of what was read, stored, skipped and failed, and a bad file
named with its reason without stopping the others."""
from __future__ import annotations

import gzip
import re

import pytest

from scale_fixtures import article, html_page, warc_bytes

INDEX_PAGE = ("<!DOCTYPE html><html><head><title>Gallery</title><script>var slides = 12;</script></head>"
              "<body><div class='gallery'><img src='/1.jpg'><img src='/2.jpg'></div></body></html>")


def page(i: int) -> bytes:
    _, title, body = article(i)
    return html_page(title, body).encode("utf-8")


@pytest.fixture()
def crawl(tmp_path):
    """cc/2025/03: two good archives (an image, an index page and a repeated page among them);
    cc/2025/04: a gzip file that is no WARC and an archive cut inside a record."""
    html = "text/html; charset=utf-8"
    march, april = tmp_path / "cc" / "2025" / "03", tmp_path / "cc" / "2025" / "04"
    march.mkdir(parents=True)
    april.mkdir(parents=True)
    (march / "CC-NEWS-20250301000000-00000.warc.gz").write_bytes(warc_bytes([
        ("https://example.com/en/1", html, page(0)), ("https://example.com/bn/1", html, page(1)),
        ("https://example.com/logo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 not really a picture"),
        ("https://example.com/", html, INDEX_PAGE.encode()),
        ("https://example.com/en/1?copy", html, page(0))]))          # the same page again: a duplicate
    (march / "CC-NEWS-20250301120000-00001.warc.gz").write_bytes(warc_bytes([
        ("https://example.com/en/2", html, page(2)), ("https://example.com/bn/2", html, page(3))]))
    (april / "CC-NEWS-20250401000000-00002.warc.gz").write_bytes(gzip.compress(b"these are not WARC records\n"))
    cut = warc_bytes([("https://example.com/en/3", html, page(4)), ("https://example.com/bn/3", html, page(5))])
    (april / "CC-NEWS-20250401120000-00003.warc.gz").write_bytes(cut[: len(cut) * 3 // 4])
    return tmp_path / "cc"


def test_a_backfill_reports_what_it_read_stored_skipped_and_failed_by_reason(crawl, cli, tmp_path):
    result = cli(["ingest", crawl, "--db", tmp_path / "k.db", "-q", "--engine", "local"])
    out = result.output
    assert result.exit_code == 1, out
    assert re.search(r"CC-NEWS-20250401000000-00002\.warc\.gz: not a WARC archive", out)
    assert re.search(r"CC-NEWS-20250401120000-00003\.warc\.gz: truncated WARC\.gz", out)
    assert "read 8, stored 5, replaced 0, unchanged 1, failed 2, skipped 2; 5 articles in the store" in out
    assert "unchanged: 0 already ingested, 1 duplicate" in out
    assert "skipped: 1 not HTML, 1 not an article" in out
    assert "failed: 1 not a WARC archive, 1 truncated WARC.gz" in out
    assert re.search(r"\d+\.\d s, \d+\.\d articles/s \(local engine, 1 worker\)", out)


def test_a_rerun_of_a_backfill_skips_the_finished_archives_and_reports_the_bad_ones_again(crawl, cli, tmp_path):
    db = tmp_path / "k.db"
    cli(["ingest", crawl, "--db", db, "-q", "--engine", "local"])
    again = cli(["ingest", crawl, "--db", db, "-q", "--engine", "local"])
    assert again.exit_code == 1
    assert "stored 0" in again.output and "failed 2" in again.output and "not a WARC archive" in again.output
    assert "unchanged: 6 already ingested" in again.output   # the 5 stored and the duplicate
