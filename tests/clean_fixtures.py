"""The one way the cleaner's held-out tests make a record of a short text they wrote: the cleaner
alone (`build_record`), no later layer, so a clean test sees only what cleaning keeps.

`cleaned("The mayor said so.\\n/AH", "en", "Road repairs").text` -> the text the cleaner keeps.
"""
from __future__ import annotations

from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle
from khobor.record import Record


def cleaned(text: str, language: str, title: str) -> Record:
    """The record `build_record` makes of `text` as an article in `language` headed `title`."""
    return build_record(RawArticle(source="t.txt", text=text, language=language, title=title))
