"""Every reader, fed random bytes under every name it answers to, yields articles or one-line
failures: no exception escapes and no input takes long (issue 14)."""
from __future__ import annotations

import gzip
import time

from hypothesis import HealthCheck, given, settings, strategies as st

from khobor.ingest import read_inputs
from khobor.ingest.raw import RawArticle

NAMES = ["a.txt", "a.html", "a.jsonl", "a.jsonl.gz", "a.warc", "a.warc.gz", "a.rss", "a.atom", "a.bin"]
# prefixes that steer the sniffers and parsers into their deeper paths
PREFIXES = [b"", b"WARC/1.0\r\n", b"<?xml version='1.0'?><rss><channel><item>", b"<html><body><p>",
            b'{"text": "', b"\xef\xbb\xbf", b"\xff\xfe"]


def outcomes(path):
    return list(read_inputs([str(path)], max_bytes=100_000))


@settings(max_examples=int(__import__("os").environ.get("KHOBOR_FUZZ_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(NAMES), prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=4_000),
       gzipped=st.booleans())
def test_random_bytes_never_escape_a_reader(tmp_path, name, prefix, body, gzipped):
    data = prefix + body
    if gzipped or name.endswith(".gz"):
        data = gzip.compress(data)
    path = tmp_path / name
    path.write_bytes(data)
    started = time.monotonic()
    results = outcomes(path)
    assert time.monotonic() - started < 5
    for item in results:
        if isinstance(item, RawArticle):
            continue
        source, reason = item
        assert str(path) in source and reason and "\n" not in reason.strip()
