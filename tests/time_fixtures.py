"""Shared helpers of the time-expression tests: the language packs and a Sunday of publication,
and `found`, which runs the finder and checks every span against its words."""
from __future__ import annotations

import re
import unicodedata

from khobor import lang
from khobor.times.expressions import find_times

BN = lang.load("bn")
EN = lang.load("en")
SUNDAY = "2025-12-28"  # a Sunday


def _folded(text: str) -> str:
    """NFC with runs of white space as one space, as the shared scorer compares words."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def found(text: str, pack=BN, published: str | None = SUNDAY) -> list[tuple[str, str | None]]:
    """(text, value) of each time found in `text`, published on `published`.
    Example: found("শনিবার তিনি ফেরেন।") -> [("শনিবার", "2025-12-27")]."""
    out = find_times(text, pack, published)
    for t in out:  # every span is the exact words it came from
        assert text[t.start:t.end] == t.text
    return [(t.text, t.value) for t in out]


def assert_times_as_scored(text: str, language: str, published: str | None, expected: list,
                           retrieved: str | None = None, anchor: str | None = None) -> None:
    """The times of `text` as the shared scorer matches them: every expected (words, value) is
    found with its value where the words overlap (one holds the other, and the shorter is at
    least half as long), and nothing else is found. A value with an unknown
    year ("XXXX-12-29") takes the year of `anchor` (the gold's `published_for_resolution`), or of
    `published`, as the scorer does; `retrieved` is the day the page was fetched.
    Example: assert_times_as_scored("শনিবার তিনি ফেরেন।", "bn", SUNDAY, [("শনিবার", "2025-12-27")])."""
    got = [(t.text, t.value) for t in find_times(text, {"bn": BN, "en": EN}[language], published, retrieved)]
    year = (anchor or published or "")[:4]

    def same(a: str | None, b: str | None) -> bool:
        def as_scored(v):
            return year + v[4:] if v and v.startswith("XXXX") and year else v
        return as_scored(a) == as_scored(b)

    def overlaps(a: str, b: str) -> bool:  # one holds the other, and the shorter is at least half as long
        short, long_ = sorted((_folded(a), _folded(b)), key=len)
        return bool(short) and short in long_ and 2 * len(short) >= len(long_)
    for span, value in expected:  # every expected time is found with its value
        assert any(overlaps(g, span) and same(v, value) for g, v in got), (text, got)
    for span, value in got:  # and nothing else
        assert any(overlaps(span, e) and same(value, v) for e, v in expected), (text, got)
