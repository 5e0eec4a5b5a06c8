"""WARC and WARC.gz archives: every HTML response record is one article. The crawl date is not
a publication date, so it is not used as one."""
from __future__ import annotations

import io
import zlib
from typing import IO, Iterator

from .decode import decode_bytes
from .html import read_html
from .raw import SKIPPED, InputError, RawArticle


class DecompressionBomb(Exception):
    """One gzip member inflates past the limit: a decompression bomb, or no news archive."""


class _GzipUntilCut(io.RawIOBase):
    """Decompresses a (multi-member) gzip stream and remembers whether it ended cut off.
    warcio's own gzip reading stops quietly at a truncated member, and `gzip.GzipFile` raises
    before returning the complete members it already read; this keeps every complete record
    and reports the cut afterwards.

    Bounded whatever the file claims: each call inflates at most CHUNK bytes (a 64 KB piece of a
    bomb would otherwise become 64 MB at once), what is handed on is read through an offset (no
    re-slicing of the pending buffer, which made skipping a large record quadratic), and a member
    that inflates past `member_limit` raises DecompressionBomb."""

    CHUNK = 1 << 16

    def __init__(self, stream: IO[bytes], member_limit: int):
        self._src = stream
        self._d = zlib.decompressobj(31)
        self._fed = False          # the current member has received input
        self._member_out = 0       # bytes the current member has inflated to
        self._member_limit = member_limit
        self._input = b""          # compressed bytes not yet inflated
        self._pending = b""
        self._at = 0               # how much of _pending is handed on
        self._done = False
        self.truncated = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        if not self._input:
            self._input = self._src.read(self.CHUNK)
            if not self._input:
                self.truncated = self._fed and not self._d.eof
                self._done = True
                return
        try:
            if self._d.eof:
                self._d, self._fed, self._member_out = zlib.decompressobj(31), False, 0
            self._fed = True
            out = self._d.decompress(self._input, self.CHUNK)
            self._input = self._d.unused_data if self._d.eof else self._d.unconsumed_tail
        except zlib.error:
            self.truncated, self._done = True, True
            return
        self._member_out += len(out)
        if self._member_out > self._member_limit:
            raise DecompressionBomb(f"a gzip member inflates past {self._member_limit / 1e6:.0f} MB")
        self._pending, self._at = out, 0

    def readinto(self, buf) -> int:
        while self._at >= len(self._pending) and not self._done:
            self._fill()
        n = min(len(buf), len(self._pending) - self._at)
        buf[:n] = self._pending[self._at:self._at + n]
        self._at += n
        return n


# One WARC record is one gzip member; an HTML page is far below this many times the article limit.
MEMBER_LIMIT_ARTICLES = 50


def read_warc(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[RawArticle | tuple[str, str]]:
    from warcio.archiveiterator import ArchiveIterator   # imported for a WARC, not at every start
    from warcio.exceptions import ArchiveLoadFailed
    n = 0
    head = stream.read(2)
    stream.seek(0)
    plain = _GzipUntilCut(stream, MEMBER_LIMIT_ARTICLES * max_bytes + (1 << 20)) if head == b"\x1f\x8b" else None
    warc_records = 0  # warcio reads any line as an old ARC record: a file of none is no WARC
    try:
        for record in ArchiveIterator(io.BufferedReader(plain) if plain else stream):
            warc_records += record.format.startswith("warc")
            if record.rec_type != "response" or not record.http_headers:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if "html" not in ctype.lower():  # an image, a PDF, a feed: counted, not read
                yield f"{source}#{uri}", f"{SKIPPED}not HTML ({ctype.split(';')[0].strip() or 'no content type'})"
                continue
            n += 1
            where = f"{source}#{uri or n}"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield where, f"record too large (> {max_bytes / 1e6:g} MB limit)"
                continue
            try:
                page = read_html(decode_bytes(payload), where, url=uri)
                page.retrieved = record.rec_headers.get_header("WARC-Date")  # when the crawler fetched it
                yield page
            except InputError as err:
                yield where, str(err)
        if warc_records == 0 and ".warc" in source.lower():
            yield source, "not a WARC archive (no WARC record in it)"
        if plain is not None and plain.truncated:
            yield source, f"truncated WARC.gz: the archive ends inside a record (after {n} complete HTML record(s))"
    except DecompressionBomb as exc:
        yield source, f"refused after {n} HTML record(s): {exc} (a decompression bomb, or not a news archive)"
    except ArchiveLoadFailed as exc:
        if n == 0 and "Unknown archive format" in str(exc):
            yield source, "not a WARC archive" + (" (a gzip file holding something else)" if plain else "")
        else:
            yield source, f"truncated or corrupt WARC after {n} HTML record(s): {exc}"
    except (EOFError, OSError, ValueError) as exc:
        yield source, f"truncated or corrupt WARC after {n} HTML record(s): {exc}"
