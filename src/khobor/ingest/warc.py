"""WARC and WARC.gz archives: every HTML response record is one article. The crawl date is not
a publication date, so it is not used as one."""
from __future__ import annotations

from typing import IO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .decode import decode_bytes
from .html import read_html
from .raw import InputError, RawArticle


def read_warc(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[RawArticle | tuple[str, str]]:
    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or not record.http_headers:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{uri or n}"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield where, f"record too large (> {max_bytes / 1e6:.0f} MB limit)"
                continue
            try:
                yield read_html(decode_bytes(payload), where, url=uri)
            except InputError as err:
                yield where, str(err)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield source, f"truncated or corrupt WARC after {n} HTML record(s): {exc.__class__.__name__}: {exc}"
