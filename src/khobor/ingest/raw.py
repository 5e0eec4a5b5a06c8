"""What a reader hands to the cleaner: one article as it arrived, before any cleaning."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    source: str                      # path, path#line, path#record: where to look when it goes wrong
    text: str | None = None          # plain text body (already decoded; HTML pages are read by ingest/html.py first)
    url: str | None = None
    title: str | None = None
    published: str | None = None     # anything date-like; the cleaner normalises it
    outlet: str | None = None
    language: str | None = None      # forced (the user said so); else detected
    language_hint: str | None = None # what the input claims; used only when detection is unsure
    authors: list[str] = field(default_factory=list)
    title_from_first_line: bool = False  # plain text: a headline-like first line is the title
    known_captions: list[str] = field(default_factory=list)  # lines the markup says are captions


class InputError(ValueError):
    """An input that cannot become an article. The message names the reason; the caller adds the file."""
