"""The one way the held-out tests make a record of a short article they wrote: quotes
(`quote_fixtures.quotes_of`) and events (`event_fixtures.record_of`) both call `record_of` here,
so a quote test and an event test of the same text see the same record.

`record_of("রাশিয়া এই প্রস্তাব প্রত্যাখ্যান করে।", "bn").events` -> the events khobor codes there.
"""
from __future__ import annotations

import unicodedata

from khobor.ingest.raw import RawArticle
from khobor.pipeline import process
from khobor.record import Record


def record_of(text: str, language: str, published: str | None = None, title: str = "") -> Record:
    """The record `process` makes of `text` (NFC) as an article in `language` headed `title` (NFC;
    "": untitled) at a made-up url, published on `published` (None: no date)."""
    return process(RawArticle(source="heldout", text=unicodedata.normalize("NFC", text),
                              title=unicodedata.normalize("NFC", title),
                              url="http://example.org/a", language=language, published=published))
