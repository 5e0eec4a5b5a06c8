"""WARC and WARC.gz archives: every HTML response record is one article. The crawl date is not
a publication date, so it is not used as one."""
from __future__ import annotations

import io
import zlib
from typing import IO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .decode import decode_bytes
from .html import read_html
from .raw import InputError, RawArticle


class _GzipUntilCut(io.RawIOBase):
    """Decompresses a (multi-member) gzip stream and remembers whether it ended cut off.
    warcio's own gzip reading stops quietly at a truncated member, and `gzip.GzipFile` raises
    before returning the complete members it already read; this keeps every complete record
    and reports the cut afterwards."""

    CHUNK = 1 << 16

    def __init__(self, stream: IO[bytes]):
        self._src = stream
        self._d = zlib.decompressobj(31)
        self._fed = False          # the current member has received input
        self._pending = b""
        self._done = False
        self.truncated = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        chunk = self._src.read(self.CHUNK)
        if not chunk:
            self.truncated = self._fed and not self._d.eof
            self._done = True
            return
        out = []
        try:
            while chunk:
                if self._d.eof:
                    self._d, self._fed = zlib.decompressobj(31), False
                self._fed = True
                out.append(self._d.decompress(chunk))
                chunk = self._d.unused_data if self._d.eof else b""
        except zlib.error:
            self.truncated, self._done = True, True
        self._pending = b"".join(out)

    def readinto(self, buf) -> int:
        while not self._pending and not self._done:
            self._fill()
        n = min(len(buf), len(self._pending))
        buf[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def read_warc(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[RawArticle | tuple[str, str]]:
    n = 0
    head = stream.read(2)
    stream.seek(0)
    plain = _GzipUntilCut(stream) if head == b"\x1f\x8b" else None
    try:
        for record in ArchiveIterator(io.BufferedReader(plain) if plain else stream):
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
                yield where, f"record too large (> {max_bytes / 1e6:g} MB limit)"
                continue
            try:
                yield read_html(decode_bytes(payload), where, url=uri)
            except InputError as err:
                yield where, str(err)
        if plain is not None and plain.truncated:
            yield source, f"truncated WARC.gz: the archive ends inside a record (after {n} complete HTML record(s))"
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield source, f"truncated or corrupt WARC after {n} HTML record(s): {exc}"
