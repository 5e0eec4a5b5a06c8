"""Extraction layer: PLOVER events with provenance.

Each event carries its type and mode (PLOVER), the CAMEO code of the crosswalk, actors and
recipients (linked entities, resolved to country and sector by the actors stage), modality
(asserted / future / possible / hypothetical / negated; questions are not emitted), the time
and place governing it, the sentence index and the exact trigger span. The engine lives in
`eventcoding/`; every language's triggers, case markers and modality cues are data in
`lang/<code>/events.yaml`.
"""
from __future__ import annotations

from functools import lru_cache

from ..lang import LangPack
from ..record import Record
from .eventcoding.coder import EXTRACTOR, VERSION, Coder

__all__ = ["run", "coder_for", "EXTRACTOR", "VERSION"]


@lru_cache(maxsize=None)
def _coder(code: str) -> Coder:
    from .. import lang
    return Coder(lang.load(code))


def coder_for(pack: LangPack) -> Coder:
    try:
        from .. import lang
        if lang.load(pack.code) is pack:
            return _coder(pack.code)
    except Exception:
        pass
    return Coder(pack)


def run(rec: Record, pack: LangPack | None) -> None:
    if pack is None or pack.yaml("events") is None:
        return None
    rec.events = coder_for(pack).code(rec)
