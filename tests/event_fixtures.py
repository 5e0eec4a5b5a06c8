"""The pipeline's record of one short article, for the events' held-out tests: each wrote the same
row (no title, a made-up url) and ran `process` on it.

`record_of("রাশিয়া এই প্রস্তাব প্রত্যাখ্যান করে।", "bn").events` -> the events khobor codes there.
"""
from __future__ import annotations

from khobor.ingest.jsonl import row_to_article
from khobor.pipeline import process
from khobor.record import Record


def record_of(text: str, lang: str) -> Record:
    """The record `process` makes of `text` as an article in `lang` with no title."""
    return process(row_to_article({"title": "", "text": text, "language": lang, "url": "http://example.org/a"}, "t#1"))
