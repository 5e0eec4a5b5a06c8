"""What a reader hands to the cleaner: one article as it arrived, before any cleaning."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

SKIPPED = "skipped: "  # a reader's (source, reason) with this start is not an error (the ingest summary counts it apart)


@dataclass
class RawArticle:
    source: str                      # path, path#line, path#record: where to look when it goes wrong
    text: str | None = None          # plain text body (already decoded; HTML pages are read by ingest/html.py first)
    url: str | None = None
    title: str | None = None
    published: str | None = None     # anything date-like; the cleaner normalises it
    # when the article was fetched (a scraper's `scraped_at`, a WARC record's date): an upper bound
    # on publication, never a publication date; the times stage anchors on it when nothing else does
    retrieved: str | None = None
    outlet: str | None = None
    language: str | None = None      # forced (the user said so); else detected
    language_hint: str | None = None # what the input claims; used only when detection is unsure
    authors: list[str] = field(default_factory=list)
    title_from_first_line: bool = False  # plain text: a headline-like first line is the title
    known_captions: list[str] = field(default_factory=list)  # lines the markup says are captions

    def digest(self, *context: str) -> str:
        """A hex digest of what this article is (everything but where it was read from) and of
        `context` (the pipeline and the user's overrides): equal digests give equal records."""
        fields = {k: v for k, v in asdict(self).items() if k != "source"}
        payload = json.dumps([fields, context], ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class InputError(ValueError):
    """An input that cannot become an article. The message names the reason; the caller adds the file."""
