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


def record_of_dateline_file(tmp_path, headline: str, sentence: str) -> Record:
    """The record of a plain-text article file under `headline` whose body is `sentence` after a
    Dhaka dateline, read as `khobor extract` reads files (the title and dateline steer the
    cleaner and the genre, unlike `record_of`'s bare row)."""
    from khobor.ingest import read_inputs
    path = tmp_path / "article.txt"
    path.write_text(f"{headline}\n\nDhaka, Dec 2 (staff) - {sentence}\n", encoding="utf-8")
    (raw,) = list(read_inputs([str(path)]))
    return process(raw)
