"""Training the event classifier (`khobor train events`) from the labelled sentences in training/.

Each labelled sentence goes through the pipeline as a one-sentence article up to the events
stage; the coder's candidates (before any classifier) are labelled with the type of the written
event whose trigger they overlap, or NONE; a multinomial logistic regression learns from their
features (classifier.py). Writers decided a few points the PLOVER manual leaves open in different
ways (training/README.md); `harmonised_type` maps them onto the gold corpus's convention.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ...ingest.raw import RawArticle
from ...record import Event, Record
from .classifier import EventClassifier, features, train
from .scorer import candidate

# writers who coded scheduled cooperation ("will visit") as AGREE/future; the gold corpus keeps
# the action's own type with modality future (eval/GUIDELINES.md E7)
AGREE_FUTURE_WRITERS = ("enw2", "bnw1", "bnw2", "bnw3")
OWN_TYPE_WHEN_FUTURE = {"CONSULT", "AID", "COOPERATE", "SUPPORT"}
# writers who coded signing an agreement as SUPPORT; the guidelines code it AGREE (E4/E6)
SIGNING_AS_SUPPORT_WRITERS = ("bnw2", "bnw3")
SIGNING_WORDS = ("স্বাক্ষর", "সই", "sign")


@dataclass
class TrainingReport:
    language: str
    sentences: int = 0
    skipped: list[str] = field(default_factory=list)
    written_events: int = 0
    candidates: int = 0
    candidates_on_events: int = 0
    labels: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        recall = self.candidates_on_events / self.written_events if self.written_events else 0.0
        return (f"{self.language}: {self.sentences} sentences, {self.written_events} written events, "
                f"{self.candidates} candidates ({recall:.2f} of the written events have one), "
                f"{len(self.skipped)} skipped")


def training_rows(data_dir: Path, language: str) -> list[dict]:
    """Every labelled sentence of one language under data_dir/events/<language>/*.jsonl."""
    rows = []
    for path in sorted((data_dir / "events" / language).glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


def harmonised_type(row: dict, written: dict, candidate_type: str) -> str:
    """The written event's type under the gold corpus's conventions.

    "The minister will visit Delhi" written as AGREE/future by an AGREE-future writer, with a
    CONSULT candidate on "visit" -> CONSULT (the action's own type, modality future).
    """
    wtype, writer = written["type"], row["id"].split("-")[0]
    if writer in AGREE_FUTURE_WRITERS and wtype == "AGREE" and written.get("modality") == "future" \
            and candidate_type in OWN_TYPE_WHEN_FUTURE:
        return candidate_type
    if writer in SIGNING_AS_SUPPORT_WRITERS and wtype == "SUPPORT" \
            and any(w in written["trigger"] for w in SIGNING_WORDS):
        return "AGREE"
    return wtype


def label(row: dict, rec: Record, ev: Event) -> str:
    """The written event whose trigger the candidate's trigger overlaps gives the label; else NONE."""
    offset = max(rec.text.find(row["text"][:20]), 0)
    for written in row["events"]:
        at = row["text"].find(written["trigger"])
        if at < 0:
            continue
        start, end = offset + at, offset + at + len(written["trigger"])
        if start < ev.trigger.end and end > ev.trigger.start:
            return harmonised_type(row, written, ev.type)
    return "NONE"


def overlaps_written(row: dict, rec: Record, events: list[Event]) -> int:
    offset = max(rec.text.find(row["text"][:20]), 0)
    found = 0
    for written in row["events"]:
        at = row["text"].find(written["trigger"])
        start, end = offset + at, offset + at + len(written["trigger"])
        found += any(start < ev.trigger.end and end > ev.trigger.start for ev in events)
    return found


def candidates_of(rows: Iterable[dict], language: str) -> Iterator[tuple[dict, Record, list[Event]]]:
    """Each sentence as a one-sentence article, with the coder's candidates before classification."""
    from ... import lang
    from ...clean import structure
    from ...pipeline import EXTRACT_STAGES
    from .. import events
    pack = lang.load(language)
    for row in rows:
        raw = RawArticle(source=row["id"], text=row["text"], language=language, published="2025-06-01")
        try:
            rec = structure.build_record(raw)
        except ValueError:
            yield row, None, []
            continue
        for stage in EXTRACT_STAGES:
            if stage is not events:
                stage.run(rec, pack)
        yield row, rec, events.candidates(rec, pack)


def train_language(language: str, data_dir: Path,
                   progress: Callable[[Iterable], Iterable] = lambda it: it) -> tuple[EventClassifier, TrainingReport]:
    rows = training_rows(data_dir, language)
    report = TrainingReport(language, sentences=len(rows))
    examples = []
    for row, rec, cands in progress(candidates_of(rows, language)):
        if rec is None:
            report.skipped.append(row["id"])
            continue
        report.written_events += len(row["events"])
        report.candidates += len(cands)
        report.candidates_on_events += overlaps_written(row, rec, cands)
        for ev in cands:
            y = label(row, rec, ev)
            report.labels[y] = report.labels.get(y, 0) + 1
            examples.append((features(candidate(rec, ev)), y))  # genre: not yet read at use
    model = train(examples)
    model.meta.update({"language": language, "sentences": report.sentences, "candidates": report.candidates,
                       "labels": report.labels})
    return model, report
