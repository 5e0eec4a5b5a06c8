"""Publication dates: whatever the metadata says ("2025-12-29T11:59:43+06:00", "Fri, 15 Sep 2023
10:00:00 GMT", "২৮ ডিসেম্বর ২০২৫") becomes "YYYY-MM-DD", or None. Never invented: a value
that does not name a day of a month of a year is dropped."""
from __future__ import annotations

import re
from datetime import date

_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
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
