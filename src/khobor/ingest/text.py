"""Plain text: one article per file; a first line that looks like a headline becomes the title."""
from __future__ import annotations

from .raw import RawArticle


def read_text(text: str, source: str) -> RawArticle:
    return RawArticle(source=source, text=text, title_from_first_line=True)
