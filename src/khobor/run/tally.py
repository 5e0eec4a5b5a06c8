"""What an ingest did, counted by outcome and by reason, and the report it prints at the end."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..ingest import SKIPPED

# What a page in a crawl is when no article is found in it (an index page, a gallery): a crawl
# holds many, so they are skipped; a file the user names is meant to be an article, so there it fails.
NOT_AN_ARTICLE = ("no article text found in the HTML", "no article body left after removing boilerplate")
_REASON_END = re.compile(r" \(|: | at byte | after \d")


def reason_label(reason: str) -> str:
    """The kind of a reason, without its particulars, to count reasons by.

    >>> reason_label("invalid UTF-8 at byte 350 (invalid start byte)")
    'invalid UTF-8'
    """
    return _REASON_END.split(reason.removeprefix(SKIPPED), maxsplit=1)[0].strip() or reason


def skip_reason(source: str, error: str) -> str | None:
    """The reason `error` is a skip and not a failure, or None when it is a failure.

    >>> skip_reason("cc/CC-NEWS-1.warc.gz#https://x.com/", "no article text found in the HTML")
    'not an article'
    """
    if error.startswith(SKIPPED):
        return reason_label(error)
    if error.startswith(NOT_AN_ARTICLE) and _inside_a_crawl(source):
        return "not an article"
    return None


def _inside_a_crawl(source: str) -> bool:
    """A record of a WARC archive ("crawl.warc.gz#https://…"), as ingest/warc.py names them."""
    path, _, record = source.partition("#")
    return bool(record) and path.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


@dataclass
class Tally:
    stored: int = 0
    replaced: int = 0
    already_ingested: int = 0   # the store holds this input: not extracted again
    duplicates: int = 0         # extracted, but a stored article has the same text
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)   # by reason

    def count_put(self, outcome: str) -> None:
        """Count what Store.put answered: "stored", "replaced" or "unchanged" (a duplicate)."""
        if outcome == "unchanged":
            self.duplicates += 1
        else:
            setattr(self, outcome, getattr(self, outcome) + 1)

    @property
    def unchanged(self) -> int:
        return self.already_ingested + self.duplicates

    @property
    def read(self) -> int:
        return self.stored + self.replaced + self.unchanged + len(self.failures)

    def summary(self, in_store: int) -> str:
        """The one-line summary `khobor ingest` has always ended with."""
        return (f"read {self.read}, stored {self.stored}, replaced {self.replaced}, unchanged {self.unchanged}, "
                f"failed {len(self.failures)}, skipped {sum(self.skipped.values())}; {in_store} articles in the store")

    def details(self, seconds: float, engine: str, workers: int) -> list[str]:
        """The lines after the summary: each count by reason, then the time and throughput."""
        lines = []
        if self.unchanged:
            lines.append(f"  unchanged: {self.already_ingested} already ingested, "
                         f"{self.duplicates} duplicate (the text of a stored article)")
        if self.skipped:
            lines.append("  skipped: " + _by_count(self.skipped))
        if self.failures:
            lines.append("  failed: " + _by_count(Counter(reason_label(r) for _, r in self.failures)))
        done = self.read
        rate = f"{done / seconds:.1f} articles/s" if seconds > 0 else "-"
        lines.append(f"  {seconds:.1f} s, {rate} ({engine} engine, {workers} worker{'s' if workers != 1 else ''})")
        return lines


def _by_count(counts: Counter) -> str:
    return ", ".join(f"{n} {what}" for what, n in counts.most_common())
