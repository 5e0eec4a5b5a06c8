"""The CAMEO -> PLOVER crosswalk shipped in data/events/plover_cameo.tsv (see NOTICE.md there)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "plover_cameo.tsv"


@dataclass(frozen=True)
class Crosswalk:
    plover: str | None      # None when PLOVER dropped the category (CAMEO 01 statements)
    mode: str | None
    context: str | None
    description: str


@lru_cache(maxsize=1)
def table() -> dict[str, Crosswalk]:
    out = {}
    with PATH.open(encoding="utf-8") as f:
        rows = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
        for r in rows:
            ev = r["plover"].strip()
            out[r["cameo"].strip()] = Crosswalk(None if ev in ("", "dropped") else ev,
                                                r["mode"].strip() or None, r["context"].strip() or None,
                                                r["description"].strip())
    return out


def lookup(code: str | None) -> Crosswalk | None:
    """The row of a CAMEO code, falling back to its parent (0231 -> 023 -> 02)."""
    if not code:
        return None
    t = table()
    while code:
        if code in t:
            return t[code]
        code = code[:-1] if len(code) > 2 else ""
    return None
