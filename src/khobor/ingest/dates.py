"""Publication dates: whatever the metadata says ("2025-12-29T11:59:43+06:00", "Fri, 15 Sep 2023
10:00:00 GMT", "২৮ ডিসেম্বর ২০২৫") becomes "YYYY-MM-DD", or None. Never invented: a value
that does not name a day of a month of a year is dropped."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

import regex

from .. import lang

_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_URL_DATE = (re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)"),
             re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)"),
             re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)"))
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|T)")


def normalise_published(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    s = str(value).translate(_DIGITS).strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser  # slow to import: only when a non-ISO date turns up

    parsed = dateparser.parse(s, languages=["en", "bn"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def date_in_url(url: str | None) -> str | None:
    """A day written in the URL's path.
    >>> date_in_url("https://example.com/2025/07/14/floods")
    '2025-07-14'"""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    for pattern in _URL_DATE:
        for m in pattern.finditer("/" + path):
            try:
                return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                continue
    return None


MAX_DATE_WORDS = 6
_SEPARATORS = ("|", "·", "•", "/")


def date_after_marker(text: str, marker) -> str | None:
    """The day written right after a publication marker that opens `text` or follows a separator
    ("Staff Reporter | Published: 14 July 2025, 10:30" -> "2025-07-14"); a marker inside a
    sentence ("the report, published on 3 May 2024, said") is not a dateline."""
    for m in marker.finditer(text):
        before = text[:m.start()].rstrip()
        if before and not before.endswith(_SEPARATORS):
            continue
        words = text[m.end():].lstrip(" :ঃ-–—|").split()[:MAX_DATE_WORDS]
        for n in range(3, len(words) + 1):
            day = normalise_published(" ".join(words[:n]).rstrip(",|।."))
            if day:
                return day
    return None


@lru_cache(maxsize=None)
def published_marker(code: str | None) -> regex.Pattern | None:
    """The words before a visible publication date, from every pack's `clean.yaml`
    `dates.published_markers` (the article's own pack first), as one case-blind pattern:
    published_marker("en").match("Published: 14 July 2025") finds "Published"."""
    codes = lang.available()
    if code in codes:
        codes.remove(code)
        codes.insert(0, code)
    words = []
    for c in codes:
        words += ((lang.load(c).yaml("clean", {}) or {}).get("dates") or {}).get("published_markers") or []
    pats = [unicodedata.normalize("NFC", w) for w in words]
    return regex.compile("|".join(f"(?:{p})" for p in pats), regex.I) if pats else None
