"""Hostile and odd inputs beside good files (issue 14, point 1): each refused with one line naming
it, in bounded time and memory, and the good files of the batch still stored. Fixtures are made
here, small on disk."""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
import zlib
from pathlib import Path

from click.testing import CliRunner

from khobor.cli import main
from khobor.ingest import read_inputs
from khobor.ingest.raw import RawArticle

GOOD = "Police arrested five men in Dhaka on Monday, officials said. The men were taken to court."


def failures(path, **kw) -> dict[str, str]:
    return {item[0]: item[1] for item in read_inputs([str(path)], **kw) if isinstance(item, tuple)}


def write_bomb(path: Path, inflated_mb: int) -> None:
    """A .warc.gz of one response record whose payload is `inflated_mb` MB of zeros, in one gzip
    member of a few hundred KB."""
    body = inflated_mb << 20
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/bomb\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + str(len(http) + body).encode() + b"\r\n\r\n" + http)
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    with path.open("wb") as out:
        out.write(packer.compress(head))
        for _ in range(inflated_mb):
            out.write(packer.compress(zeros))
        out.write(packer.compress(b"\r\n\r\n"))
        out.write(packer.flush())


def test_a_gzip_bomb_is_refused_quickly_and_the_good_file_beside_it_is_stored(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    write_bomb(batch / "a-bomb.warc.gz", inflated_mb=400)
    assert (batch / "a-bomb.warc.gz").stat().st_size < 1 << 20
    (batch / "b-good.txt").write_text(GOOD, encoding="utf-8")
    # How fast it is refused is bench/bench_hostile.py's figure, not a timed test.
    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(tmp_path / "k.db"), "-q"])
    assert "a-bomb.warc.gz: refused" in result.output and "decompression bomb" in result.output
    assert "stored 1" in result.output and result.exit_code == 1


def test_the_bomb_is_refused_by_its_inflated_size_not_its_file_size(tmp_path):
    write_bomb(tmp_path / "b.warc.gz", inflated_mb=120)
    reasons = failures(tmp_path / "b.warc.gz")
    assert reasons[str(tmp_path / "b.warc.gz")].endswith(
        "a gzip member inflates past 101 MB (a decompression bomb, or not a news archive)")


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code = f"from khobor.ingest import read_inputs; print(list(read_inputs([{str(fifo)!r}])))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "not a regular file (a FIFO)" in done.stdout


def test_a_link_to_a_device_is_refused_not_read_forever(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert failures(link) == {str(link): "not a regular file (a character device)"}


def test_a_gzip_that_is_not_a_warc_says_so(tmp_path):
    path = tmp_path / "notes.gz"
    path.write_bytes(gzip.compress(b"just some notes\n" * 50))
    [reason] = failures(path).values()
    assert reason.startswith("not a WARC archive")


def test_a_directory_reads_only_the_files_khobor_reads_and_lists_the_others(tmp_path):
    batch = tmp_path / "mixed"
    batch.mkdir()
    (batch / "story.txt").write_text(GOOD, encoding="utf-8")
    (batch / "page.html").write_text(f"<html><body><article><h1>Arrests</h1><p>{GOOD}</p></article></body></html>",
                                     encoding="utf-8")
    (batch / "README").write_text("How to use this folder.", encoding="utf-8")
    (batch / "helper.py").write_text("print('hello')\n", encoding="utf-8")
    items = list(read_inputs([str(batch)]))
    assert sum(isinstance(i, RawArticle) for i in items) == 2
    skipped = {Path(s).name: r for s, r in (i for i in items if isinstance(i, tuple))}
    assert set(skipped) == {"README", "helper.py"} and all(r.startswith("skipped: ") for r in skipped.values())
    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(tmp_path / "k.db"), "-q"])
    assert result.exit_code == 0 and "stored 2" in result.output and "skipped 2" in result.output


def test_an_unreadable_directory_is_named_not_skipped_in_silence(tmp_path, monkeypatch):
    batch = tmp_path / "batch"
    (batch / "locked").mkdir(parents=True)
    (batch / "story.txt").write_text(GOOD, encoding="utf-8")
    real_walk = os.walk

    def walk_that_cannot_enter_locked(top, onerror=None, **kw):
        for root, dirs, files in real_walk(top, onerror=onerror, **kw):
            if Path(root).name == "locked":
                onerror(PermissionError(13, "Permission denied", root))
                continue
            yield root, dirs, files
    monkeypatch.setattr(os, "walk", walk_that_cannot_enter_locked)
    items = list(read_inputs([str(batch)]))
    assert sum(isinstance(i, RawArticle) for i in items) == 1
    assert (str(batch / "locked"), "cannot read directory: Permission denied") in items


def test_a_file_is_read_only_up_to_the_limit_whatever_its_size_says(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300_000)
    [reason] = failures(big, max_bytes=100_000).values()
    assert reason.startswith("file too large for one article")


def test_an_endless_jsonl_line_is_skipped_in_pieces_and_the_next_line_read(tmp_path):
    path = tmp_path / "rows.jsonl.gz"
    with gzip.open(path, "wb") as out:
        out.write(b'{"text": "' + b"a" * 5_000_000 + b'"}\n')
        out.write(('{"text": "' + GOOD + '"}\n').encode())
    items = list(read_inputs([str(path)], max_bytes=100_000))
    assert items[0] == (f"{path}#L1", "line too large (> 0.1 MB limit)")
    assert isinstance(items[1], RawArticle) and items[1].source == f"{path}#L2"
