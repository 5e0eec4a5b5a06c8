"""Extraction layer: times. Placeholder until its issue lands: leaves the record as it is."""
from __future__ import annotations

from ..lang import LangPack
from ..record import Record


def run(rec: Record, pack: LangPack | None) -> None:
    return None
