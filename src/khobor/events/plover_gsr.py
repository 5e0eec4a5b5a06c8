"""The PLOVER gold-standard records (../shared/data/events/plover/PLOVER_GSR_CAMEO.json) as a
yardstick and as training sentences.

322 English sentences from the CAMEO manual, recoded to PLOVER 0.5b1 by the PLOVER project
(CC BY-SA 4.0). They are read from ../shared where they are kept, never copied into this
repository. Each record names one event: its type, the words that express it (`(EVT: ...)` in the
markup) and its sides (`(SRC: ...)`, `(TAR: ...)`).

The records use PLOVER's older type names and code some (type, modality) pairs as one category;
khobor keeps the base type and says "future" or "hypothetical" in `modality`. `plover_type` turns
ours into theirs for comparison; `our_type` turns theirs into ours for training.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

OLD_TYPES = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
# CAMEO 03x "express intent to ..." is PLOVER AGREE (data/events/plover_cameo.tsv), yielding
# included: 035 intent to yield, 0353 to release, 0356 to de-escalate (a future retreat)
FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
UNREAL_TO_THREATEN = frozenset({"SANCTION", "COERCE", "ASSAULT"})
MARK = re.compile(r"\((SRC/TAR|SRC|TAR|EVT):\s*([^()]*(?:\([^()]*\)[^()]*)*)\)")
GSR_FILE = Path("data") / "events" / "plover" / "PLOVER_GSR_CAMEO.json"


def plover_type(etype: str, modality: str | None) -> str:
    """Our (type, modality) as the PLOVER manual's single category.

    ("CONSULT", "future") -> "AGREE" ("the leaders will meet"); ("CONCEDE", "future") -> "AGREE"
    ("the rebels said they will release the hostages"); ("ASSAULT", "hypothetical") -> "THREATEN";
    anything else keeps its type.
    """
    if modality == "future" and etype in FUTURE_TO_AGREE:
        return "AGREE"
    if modality in ("future", "hypothetical") and etype in UNREAL_TO_THREATEN:
        return "THREATEN"
    return etype


def our_type(gold: str, candidate_type: str, modality: str | None) -> str:
    """The gold category as khobor codes it, given the candidate the coder proposed.

    Gold AGREE on "will meet" (a CONSULT candidate, modality future) -> "CONSULT".
    """
    if plover_type(candidate_type, modality) == gold:
        return candidate_type
    return gold


def gold_type(record: dict) -> str:
    return OLD_TYPES.get(record["event"], record["event"])


def marks(record: dict) -> list[tuple[str, str]]:
    """The marked spans of a record in order: [("SRC", "Hungarian"), ("EVT", "agreed"), ...]."""
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else ""
    return [(m.group(1), m.group(2).strip()) for m in MARK.finditer(markup)]


def load(shared: Path) -> list[dict]:
    """The sentence records (the file's DOCUMENT header left out); [] when the file is absent."""
    path = shared / GSR_FILE
    if not path.is_file():
        return []
    return [d for d in json.loads(path.read_text(encoding="utf-8")) if d.get("event") != "DOCUMENT"]


def training_rows(shared: Path) -> list[dict]:
    """The records as training rows (training/README.md's format) whose events give the marked
    words as `triggers`; `partial` because each record codes one event of its sentence, so a
    candidate elsewhere in it is not known to be NONE."""
    rows = []
    for record in load(shared):
        triggers = [text for role, text in marks(record) if role == "EVT" and text and text in record["text"]]
        if not triggers:
            continue
        rows.append({"id": f"plover-{record['id']}", "lang": "en", "genre": None, "text": record["text"],
                     "events": [{"type": gold_type(record), "triggers": triggers, "plover": True}],
                     "entities": [], "partial": True})
    return rows
