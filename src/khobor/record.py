"""The article record: the one type every stage reads and writes.

It mirrors `spec/record.md` ("khobor.record/1") field for field. Offsets are Python string
indices (code points) into `text`, after NFC normalisation. `Record.json_schema()` is the
authoritative JSON Schema, written to `docs/record.schema.json` by `khobor schema`.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_ID = "khobor.record/1"

BlockKind = Literal["title", "body", "caption", "byline"]
QuoteKind = Literal["direct", "partial", "indirect"]
Modality = Literal["asserted", "future", "possible", "hypothetical", "negated", "question"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


def trace_line(step: dict) -> str:
    """One step of a private `_explain` trace ({"step", "rule", "decision"}) as `khobor extract
    --explain` prints it under its time, quote or event.
    Example: {"step": "rule", "rule": "deictic", "decision": "2025-10-22"} -> "  rule        deictic: 2025-10-22"."""
    return f"  {step.get('step', ''):<11} {step.get('rule', '')}: {step.get('decision', '')}"


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Block(Span):
    kind: BlockKind
    credit: Optional[str] = None


class Byline(_Model):
    authors: list[str] = Field(default_factory=list)
    agencies: list[str] = Field(default_factory=list)


class Actor(_Model):
    id: str
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    wikidata: Optional[str] = None


class Entity(Span):
    text: str
    type: str
    actor: Optional[Actor] = None


class TimeExpr(Span):
    text: str
    value: Optional[str]  # the calendar point, TIMEX3-like ("2025-12-28"); null when nothing anchors it
    # with no publication date: the value resolved against the retrieval date (`Record.retrieved`),
    # when it says more than `value` ("XXXX-01-04" -> "2026-01-04"); weaker, so kept apart from it
    estimate: Optional[str] = None
    confidence: Optional[float] = Field(None, ge=0.0, le=1.0)  # of `estimate`: below a value's
    time_of_day: Optional[str] = None  # "15:35", or a part of the day ("AF") when the text gives one
    # the grammar rule that found it and the resolution steps that changed its value: shown by
    # `khobor extract --explain` (times.explain), never stored. Steps: {"step", "rule", "decision"}.
    _explain: list = PrivateAttr(default_factory=list)


class Speaker(Span):
    text: str
    actor: Optional[Actor] = None


class Quote(Span):
    text: str
    kind: QuoteKind
    speaker: Optional[Speaker] = None
    cue: Optional[str] = None
    # the pattern and the speaker rules that made this quote: shown by `khobor extract --explain`,
    # never stored. Steps: {"step", "rule", "decision"}.
    _explain: list = PrivateAttr(default_factory=list)


class Trigger(Span):
    text: str


class Location(Span):
    text: str
    name: Optional[str] = None
    country: Optional[str] = None


class Event(_Model):
    type: PloverType
    mode: Optional[str] = None
    actors: list[Actor] = Field(default_factory=list)
    recipients: list[Actor] = Field(default_factory=list)
    date: Optional[str] = None
    location: Optional[Location] = None
    modality: Modality = "asserted"
    sentence: int = Field(ge=0)
    trigger: Trigger
    cameo: Optional[str] = None
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: Optional[str] = None
    # how the coder reached this event (candidate, classifier score, the rules that chose each role):
    # shown by `khobor extract --explain`, never stored. Steps: {"step", "rule", "decision"}.
    _explain: list = PrivateAttr(default_factory=list)
    # (type, modality) the events layer read before recoding announced force as a threat ("will
    # rally": a future PROTEST recoded as an asserted THREATEN): what a later retyping back restores;
    # never stored
    _recoded_from: Optional[tuple[str, str]] = PrivateAttr(default=None)


class Record(_Model):
    schema_: Literal["khobor.record/1"] = Field(SCHEMA_ID, alias="schema")
    id: str
    url: Optional[str] = None
    outlet: Optional[str] = None
    language: Optional[str] = None
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    retrieved: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description=(
        "the day the article was fetched (a scraper's scraped_at, a WARC record's date): an upper "
        "bound on publication, never a publication date; anchors times only when `published` is null"))
    title: Optional[str] = None
    text: str
    blocks: list[Block] = Field(default_factory=list)
    byline: Byline = Field(default_factory=Byline)
    removed: list[str] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    groups: list[Entity] = Field(default_factory=list, description=(
        "peoples, religions and nationalities named (NORP: 'Rohingya', 'মুসলিম', 'Indian'); not "
        "entities under the guidelines, kept because events and quotes take them as actors"))
    times: list[TimeExpr] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    source: Optional[str] = Field(None, description="where the article was read from (path, path#line, WARC record)")
    # the clean rule that removed each piece of `removed`, in its order ("boilerplate.inline (bn
    # clean.yaml #6)", "trailing_headline"): shown by `khobor extract --explain`, never stored
    _removed_by: list = PrivateAttr(default_factory=list)
    # candidate events the events layer proposed and then dropped by a rule (told again, a wish, a
    # charge inside a quotation): shown by `khobor extract --explain`, never stored.
    # Entries: {"type", "sentence", "trigger", "rule", "decision"}.
    _events_dropped: list = PrivateAttr(default_factory=list)

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict) -> "Record":
        return cls.model_validate(data)

    @staticmethod
    def json_schema() -> dict:
        schema = Record.model_json_schema(by_alias=True)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = "https://khobor.example/schema/record-1.json"
        schema["title"] = SCHEMA_ID
        return schema

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]


def record_id(text: str, *, is_nfc: bool = False) -> str:
    """Stable id: a hash of the normalised text (NFC, whitespace folded)."""
    norm = " ".join((text if is_nfc else unicodedata.normalize("NFC", text)).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
