"""facts: events, their actors, quotes and entity mentions as rows, for filtered reads

Revision ID: 0003_facts
Revises: 0002_articles_fts
Create Date: 2026-12-02

The record JSON stays the truth; these tables are an index over it, filled by triggers on
`articles` (SQLite's JSON1 `json_each` over `record`), so every code path that writes or deletes
an article keeps them in step, as the FTS triggers do for search. Existing articles are indexed
here. An event's `day`, which date filters compare, is its own date when that is a whole
calendar day, else its article's publication date: a partial value ("XXXX-09-12", "2024-10")
must not pass a date range by string order. The DDL is written out in this file (not imported) so that this revision keeps meaning
what it meant when it was written.
"""
from __future__ import annotations

from alembic import op

revision = "0003_facts"
down_revision = "0002_articles_fts"
branch_labels = None
depends_on = None

TABLES = [
    """CREATE TABLE events (
        article_id VARCHAR(64) NOT NULL, doc INTEGER NOT NULL, n INTEGER NOT NULL,
        type TEXT NOT NULL, mode TEXT, modality TEXT, confidence FLOAT, date TEXT, day VARCHAR(10),
        location_country TEXT, trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
        language VARCHAR(16), PRIMARY KEY (doc, n))""",
    "CREATE INDEX ix_events_type ON events (type)",
    "CREATE INDEX ix_events_day ON events (day)",
    """CREATE TABLE event_actors (
        doc INTEGER NOT NULL, n INTEGER NOT NULL, role VARCHAR(10) NOT NULL, actor_id TEXT NOT NULL,
        name TEXT, country TEXT)""",
    "CREATE INDEX ix_event_actors_actor_id ON event_actors (actor_id)",
    "CREATE INDEX ix_event_actors_country ON event_actors (country)",
    "CREATE INDEX ix_event_actors_doc ON event_actors (doc)",
    """CREATE TABLE quotes (
        article_id VARCHAR(64) NOT NULL, doc INTEGER NOT NULL, n INTEGER NOT NULL,
        kind TEXT, text TEXT, start INTEGER, "end" INTEGER, cue TEXT, speaker_text TEXT,
        speaker_id TEXT, speaker_name TEXT, day VARCHAR(10), language VARCHAR(16),
        PRIMARY KEY (doc, n))""",
    "CREATE INDEX ix_quotes_speaker_id ON quotes (speaker_id)",
    """CREATE TABLE entities (
        article_id VARCHAR(64) NOT NULL, doc INTEGER NOT NULL, n INTEGER NOT NULL,
        text TEXT, type TEXT, start INTEGER, "end" INTEGER, actor_id TEXT, actor_name TEXT,
        country TEXT, PRIMARY KEY (doc, n))""",
    "CREATE INDEX ix_entities_actor_id ON entities (actor_id)",
]

# {a} is the articles row the statements read: "new" inside a trigger, "articles" for the backfill.
INSERTS = [
    """INSERT INTO events SELECT {a}.id, {a}.doc, CAST(e.key AS INTEGER),
        json_extract(e.value, '$.type'), json_extract(e.value, '$.mode'),
        json_extract(e.value, '$.modality'), json_extract(e.value, '$.confidence'),
        json_extract(e.value, '$.date'),
        CASE WHEN json_extract(e.value, '$.date') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
             THEN substr(json_extract(e.value, '$.date'), 1, 10) ELSE {a}.published END,
        json_extract(e.value, '$.location.country'),
        json_extract(e.value, '$.trigger.start'), json_extract(e.value, '$.trigger.end'),
        json_extract(e.value, '$.trigger.text'), {a}.language
        FROM {src} json_each({a}.record, '$.events') AS e""",
    """INSERT INTO event_actors SELECT {a}.doc, CAST(e.key AS INTEGER), r.role,
        json_extract(x.value, '$.id'), json_extract(x.value, '$.name'), json_extract(x.value, '$.country')
        FROM {src} json_each({a}.record, '$.events') AS e
        JOIN (SELECT 'actor' AS role, 'actors' AS field UNION ALL SELECT 'recipient', 'recipients') AS r
        JOIN json_each(e.value, '$.' || r.field) AS x""",
    """INSERT INTO quotes SELECT {a}.id, {a}.doc, CAST(q.key AS INTEGER),
        json_extract(q.value, '$.kind'), json_extract(q.value, '$.text'),
        json_extract(q.value, '$.start'), json_extract(q.value, '$.end'), json_extract(q.value, '$.cue'),
        json_extract(q.value, '$.speaker.text'), json_extract(q.value, '$.speaker.actor.id'),
        json_extract(q.value, '$.speaker.actor.name'), {a}.published, {a}.language
        FROM {src} json_each({a}.record, '$.quotes') AS q""",
    """INSERT INTO entities SELECT {a}.id, {a}.doc, CAST(m.key AS INTEGER),
        json_extract(m.value, '$.text'), json_extract(m.value, '$.type'),
        json_extract(m.value, '$.start'), json_extract(m.value, '$.end'),
        json_extract(m.value, '$.actor.id'), json_extract(m.value, '$.actor.name'),
        json_extract(m.value, '$.actor.country')
        FROM {src} json_each({a}.record, '$.entities') AS m""",
]
FACT_TABLES = ["events", "event_actors", "quotes", "entities"]


def _deletes(row: str) -> str:
    return " ".join(f"DELETE FROM {t} WHERE doc = {row}.doc;" for t in FACT_TABLES)


def _inserts(row: str) -> str:
    # inside a trigger the row needs no FROM entry of its own, hence an empty "{src}"
    return " ".join(s.format(a=row, src="") + ";" for s in INSERTS)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in TABLES:
        op.execute(statement)
    for statement in INSERTS:  # the articles already stored
        op.execute(statement.format(a="articles", src="articles,"))
    op.execute(f"CREATE TRIGGER facts_ai AFTER INSERT ON articles BEGIN {_inserts('new')} END")
    op.execute(f"CREATE TRIGGER facts_ad AFTER DELETE ON articles BEGIN {_deletes('old')} END")
    op.execute(f"CREATE TRIGGER facts_au AFTER UPDATE OF record, doc ON articles BEGIN "
               f"{_deletes('old')} {_inserts('new')} END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("facts_ai", "facts_ad", "facts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in FACT_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
