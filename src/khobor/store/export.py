"""Exports: the store's articles, events, quotes, entities or stories as JSON Lines, CSV or Parquet.

    from khobor.store.export import export
    with open_store(db) as store:
        n = export(store, what="events", fmt="parquet", out="events.parquet", since="2024-01-01")

One flat row per fact with a fixed column list (`SCHEMAS`), the same in every format, so a CSV, a
Parquet file and a JSON Lines file of one store hold the same rows. Several actors of one event
are joined with LIST_SEP ("vladimir-putin;russia") rather than nested, because CSV has no lists.

Streaming: records are read from the store in batches (Store.iter_records), rows are written
BATCH_ROWS at a time (a Parquet row group, a CSV chunk), so memory stays bounded by one batch
whatever the size of the store.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

import sqlalchemy as sa

from ..record import Actor, Record
from .schema import articles, story_members
from .store import Store

BATCH_ROWS = 1000
LIST_SEP = ";"
FORMATS = ("jsonl", "csv", "parquet")

_S, _I, _F = pa.string(), pa.int64(), pa.float64()


def _schema(*cols: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(name, typ) for name, typ in cols])


SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(
        ("id", _S), ("url", _S), ("outlet", _S), ("language", _S), ("published", _S), ("title", _S),
        ("text", _S), ("authors", _S), ("agencies", _S), ("entities", _I), ("quotes", _I), ("events", _I),
        ("source", _S)),
    "events": _schema(
        ("article_id", _S), ("n", _I), ("type", _S), ("mode", _S), ("modality", _S), ("confidence", _F),
        ("date", _S), ("published", _S), ("language", _S), ("actor_ids", _S), ("actor_names", _S),
        ("actor_countries", _S), ("recipient_ids", _S), ("recipient_names", _S), ("recipient_countries", _S),
        ("location", _S), ("location_country", _S), ("trigger", _S), ("trigger_start", _I),
        ("trigger_end", _I), ("cameo", _S), ("sentence", _S)),
    "quotes": _schema(
        ("article_id", _S), ("n", _I), ("kind", _S), ("text", _S), ("start", _I), ("end", _I), ("cue", _S),
        ("speaker", _S), ("speaker_id", _S), ("speaker_name", _S), ("speaker_country", _S),
        ("published", _S), ("language", _S)),
    "entities": _schema(
        ("article_id", _S), ("n", _I), ("text", _S), ("type", _S), ("start", _I), ("end", _I),
        ("actor_id", _S), ("actor_name", _S), ("country", _S), ("sector", _S), ("published", _S),
        ("language", _S)),
    # one row per article of a story (khobor.organise): story = the doc of the story's first article
    "stories": _schema(
        ("story", _I), ("article_id", _S), ("day", _S), ("score", _F), ("outlet", _S), ("language", _S),
        ("published", _S), ("title", _S), ("url", _S)),
}


def _joined(values: Iterable[str | None]) -> str | None:
    """['a', None, 'b'] -> 'a;;b' (positions kept, so ids, names and countries line up); [] -> None."""
    values = list(values)
    return LIST_SEP.join(v or "" for v in values) if values else None


def _actors(prefix: str, actors: list[Actor]) -> dict:
    return {f"{prefix}_ids": _joined(a.id for a in actors), f"{prefix}_names": _joined(a.name for a in actors),
            f"{prefix}_countries": _joined(a.country for a in actors)}


def article_rows(rec: Record) -> Iterator[dict]:
    """One row: the article and how many facts it has. e.g. {"id": "6ecc…", "events": 8, ...}"""
    yield {"id": rec.id, "url": rec.url, "outlet": rec.outlet, "language": rec.language,
           "published": rec.published, "title": rec.title, "text": rec.text,
           "authors": _joined(rec.byline.authors), "agencies": _joined(rec.byline.agencies),
           "entities": len(rec.entities), "quotes": len(rec.quotes), "events": len(rec.events),
           "source": rec.source}


def _sentence_text(rec: Record, i: int) -> str | None:
    return rec.span_text(rec.sentences[i]) if 0 <= i < len(rec.sentences) else None


def event_rows(rec: Record) -> Iterator[dict]:
    """One row per event, with the sentence it was coded from (the source words, in their language)."""
    for n, ev in enumerate(rec.events):
        loc = ev.location
        yield {"article_id": rec.id, "n": n, "type": ev.type, "mode": ev.mode, "modality": ev.modality,
               "confidence": ev.confidence, "date": ev.date, "published": rec.published,
               "language": rec.language, **_actors("actor", ev.actors), **_actors("recipient", ev.recipients),
               "location": (loc.name or loc.text) if loc else None, "location_country": loc.country if loc else None,
               "trigger": ev.trigger.text, "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
               "cameo": ev.cameo, "sentence": _sentence_text(rec, ev.sentence)}


def quote_rows(rec: Record) -> Iterator[dict]:
    """One row per quote with its speaker (mention and linked actor, when there is one)."""
    for n, q in enumerate(rec.quotes):
        sp = q.speaker
        actor = sp.actor if sp else None
        yield {"article_id": rec.id, "n": n, "kind": q.kind, "text": q.text, "start": q.start, "end": q.end,
               "cue": q.cue, "speaker": sp.text if sp else None, "speaker_id": actor.id if actor else None,
               "speaker_name": actor.name if actor else None, "speaker_country": actor.country if actor else None,
               "published": rec.published, "language": rec.language}


def entity_rows(rec: Record) -> Iterator[dict]:
    """One row per entity mention with its linked actor, when there is one."""
    for n, e in enumerate(rec.entities):
        a = e.actor
        yield {"article_id": rec.id, "n": n, "text": e.text, "type": e.type, "start": e.start, "end": e.end,
               "actor_id": a.id if a else None, "actor_name": a.name if a else None,
               "country": a.country if a else None, "sector": a.sector if a else None,
               "published": rec.published, "language": rec.language}


ROWS: dict[str, Callable[[Record], Iterator[dict]]] = {
    "articles": article_rows, "events": event_rows, "quotes": quote_rows, "entities": entity_rows,
}


def story_rows(store: Store, *, since: str | None = None, language: str | None = None) -> Iterator[dict]:
    """One row per article placed in a story, in stored order, read in batches (keyset on doc)."""
    cols = (story_members.c.story, articles.c.id, story_members.c.day, story_members.c.score, articles.c.outlet,
            articles.c.language, articles.c.published, articles.c.title, articles.c.url, articles.c.doc)
    conds = [articles.c.published >= since] if since else []
    conds += [articles.c.language == language] if language else []
    last = 0
    while True:
        with store.reading() as conn:
            batch = conn.execute(sa.select(*cols).join(articles, articles.c.doc == story_members.c.doc)
                                 .where(story_members.c.doc > last, *conds)
                                 .order_by(story_members.c.doc).limit(BATCH_ROWS)).all()
        if not batch:
            return
        for r in batch:
            yield {"story": r.story, "article_id": r.id, "day": r.day, "score": r.score, "outlet": r.outlet,
                   "language": r.language, "published": r.published, "title": r.title, "url": r.url}
        last = batch[-1].doc


def rows(store: Store, what: str, *, since: str | None = None, language: str | None = None) -> Iterator[dict]:
    if what == "stories":
        yield from story_rows(store, since=since, language=language)
        return
    make = ROWS[what]
    for rec in store.iter_records(since=since, language=language):
        yield from make(rec)


def batches(row_iter: Iterable[dict], schema: pa.Schema, size: int | None = None) -> Iterator[pa.RecordBatch]:
    size = size or BATCH_ROWS
    chunk: list[dict] = []
    for row in row_iter:
        chunk.append(row)
        if len(chunk) >= size:
            yield pa.RecordBatch.from_pylist(chunk, schema=schema)
            chunk = []
    if chunk:
        yield pa.RecordBatch.from_pylist(chunk, schema=schema)


@contextmanager
def _binary_out(out: str):
    if out == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with open(out, "wb") as f:
            yield f


def write_jsonl(row_iter: Iterable[dict], schema: pa.Schema, out: str) -> int:
    n = 0
    names = schema.names
    with _binary_out(out) as f:
        for row in row_iter:
            f.write(json.dumps({k: row.get(k) for k in names}, ensure_ascii=False).encode("utf-8") + b"\n")
            n += 1
    return n


def write_csv(row_iter: Iterable[dict], schema: pa.Schema, out: str) -> int:
    # Every non-null value quoted: a null is an empty field, an empty string is "", so both survive
    # the round trip (read back with quoted_strings_can_be_null=False).
    opts = pacsv.WriteOptions(quoting_style="all_valid")
    n = 0
    with _binary_out(out) as f:
        with pacsv.CSVWriter(f, schema, write_options=opts) as writer:
            for batch in batches(row_iter, schema):
                writer.write_batch(batch)
                n += batch.num_rows
    return n


def write_parquet(row_iter: Iterable[dict], schema: pa.Schema, out: str) -> int:
    if out == "-":
        raise ValueError("Parquet needs a file: give -o FILE")
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for batch in batches(row_iter, schema):
            writer.write_batch(batch)
            n += batch.num_rows
    return n


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}


def export(store: Store, *, what: str, fmt: str, out: str, since: str | None = None,
           language: str | None = None) -> int:
    """Write every `what` row of the store to `out` ("-" for stdout) in `fmt`; returns the row count."""
    if what not in SCHEMAS:
        raise ValueError(f"cannot export {what!r}: choose one of {', '.join(SCHEMAS)}")
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return WRITERS[fmt](rows(store, what, since=since, language=language), SCHEMAS[what], out)


def read_csv(path: str, what: str) -> pa.Table:
    """Read an exported CSV back with its declared column types (what the round-trip tests use)."""
    schema = SCHEMAS[what]
    return pacsv.read_csv(
        path,
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types=schema, strings_can_be_null=True,
                                             quoted_strings_can_be_null=False),
    )
