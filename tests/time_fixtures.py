"""Shared helpers of the time-expression tests: the language packs and a Sunday of publication,
and `found`, which runs the finder and checks every span against its words."""
from __future__ import annotations

from khobor import lang
from khobor.times.expressions import find_times

BN = lang.load("bn")
EN = lang.load("en")
SUNDAY = "2025-12-28"  # a Sunday


def found(text: str, pack=BN, published: str | None = SUNDAY) -> list[tuple[str, str | None]]:
    """(text, value) of each time found in `text`, published on `published`.
    Example: found("শনিবার তিনি ফেরেন।") -> [("শনিবার", "2025-12-27")]."""
    out = find_times(text, pack, published)
    for t in out:  # every span is the exact words it came from
        assert text[t.start:t.end] == t.text
    return [(t.text, t.value) for t in out]
