"""Bytes to text: detect the encoding instead of assuming it, and refuse what is not text.

Refusals are `InputError`s with a reason a user can act on ("binary file (PNG image)",
"invalid UTF-8 at byte 1042", "empty file").
"""
from __future__ import annotations

import codecs

from .raw import InputError

_MAGIC = {
    b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive", b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image", b"\x1f\x8b": "gzip data",
    b"\x7fELF": "ELF executable", b"SQLite format 3": "SQLite database",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def _looks_binary(head: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            return what
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(b in _CONTROL for b in head)
    if head and controls / len(head) > 0.05:
        return "binary data (control bytes)"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode one document's bytes. Raises InputError with the reason when it is not usable text."""
    if not data.strip():
        raise InputError("empty file" if not data else "file holds only whitespace")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:  # a byte-order mark promises an encoding the bytes break
                raise InputError(f"invalid {codec} after its byte-order mark at byte {err.start} ({err.reason})")
    what = _looks_binary(data[:8192])
    if what:
        raise InputError(f"not a text file: {what}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    # Text with real multi-byte UTF-8 in it is UTF-8 that got broken, not some other encoding:
    # guessing a legacy code page would turn the good part into mojibake.
    lenient = data.decode("utf-8", errors="replace")
    good_multibyte = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if good_multibyte >= 3:
        raise InputError(f"invalid UTF-8 at byte {utf8_error.start} ({utf8_error.reason})")
    from charset_normalizer import from_bytes   # only for bytes that are not UTF-8: not at every start
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise InputError(f"unknown text encoding (not UTF-8; invalid byte at {utf8_error.start})")
    return str(best)
