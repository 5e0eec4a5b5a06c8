"""facts: events, their actors, quotes and entity mentions as rows, for filtered reads

Revision ID: 0003_facts
Revises: 0002_articles_fts
Create Date: 2026-12-02

The record JSON stays the truth; these tables are an index over it, filled by triggers on
`articles` (SQLite's JSON1 `json_each` over `record`; on PostgreSQL one plpgsql trigger function
over `record::jsonb`), so every code path that writes or deletes
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


def _pg_elements(value: str) -> str:
    """jsonb_array_elements that yields nothing for a missing list or a JSON null."""
    return f"jsonb_array_elements(CASE WHEN jsonb_typeof({value}) = 'array' THEN {value} END)"


# The same rows on PostgreSQL: WITH ORDINALITY numbers from 1, json_each's key from 0.
PG_INSERTS = [
    f"""INSERT INTO events SELECT {{a}}.id, {{a}}.doc, CAST(e.ord - 1 AS INTEGER),
        e.v->>'type', e.v->>'mode', e.v->>'modality', CAST(e.v->>'confidence' AS FLOAT), e.v->>'date',
        CASE WHEN e.v->>'date' ~ '^[0-9]{{{{4}}}}-[0-9]{{{{2}}}}-[0-9]{{{{2}}}}'
             THEN substr(e.v->>'date', 1, 10) ELSE {{a}}.published END,
        e.v->'location'->>'country', CAST(e.v->'trigger'->>'start' AS INTEGER),
        CAST(e.v->'trigger'->>'end' AS INTEGER), e.v->'trigger'->>'text', {{a}}.language
        FROM {{src}} {_pg_elements("CAST({a}.record AS jsonb)->'events'")} WITH ORDINALITY AS e(v, ord)""",
    f"""INSERT INTO event_actors SELECT {{a}}.doc, CAST(e.ord - 1 AS INTEGER), r.role,
        x.v->>'id', x.v->>'name', x.v->>'country'
        FROM {{src}} {_pg_elements("CAST({a}.record AS jsonb)->'events'")} WITH ORDINALITY AS e(v, ord),
        (VALUES ('actor', 'actors'), ('recipient', 'recipients')) AS r(role, field),
        {_pg_elements("e.v->r.field")} AS x(v)""",
    f"""INSERT INTO quotes SELECT {{a}}.id, {{a}}.doc, CAST(q.ord - 1 AS INTEGER),
        q.v->>'kind', q.v->>'text', CAST(q.v->>'start' AS INTEGER), CAST(q.v->>'end' AS INTEGER),
        q.v->>'cue', q.v->'speaker'->>'text', q.v->'speaker'->'actor'->>'id',
        q.v->'speaker'->'actor'->>'name', {{a}}.published, {{a}}.language
        FROM {{src}} {_pg_elements("CAST({a}.record AS jsonb)->'quotes'")} WITH ORDINALITY AS q(v, ord)""",
    f"""INSERT INTO entities SELECT {{a}}.id, {{a}}.doc, CAST(m.ord - 1 AS INTEGER),
        m.v->>'text', m.v->>'type', CAST(m.v->>'start' AS INTEGER), CAST(m.v->>'end' AS INTEGER),
        m.v->'actor'->>'id', m.v->'actor'->>'name', m.v->'actor'->>'country'
        FROM {{src}} {_pg_elements("CAST({a}.record AS jsonb)->'entities'")} WITH ORDINALITY AS m(v, ord)""",
]


def _deletes(row: str) -> str:
    return " ".join(f"DELETE FROM {t} WHERE doc = {row}.doc;" for t in FACT_TABLES)


def _inserts(row: str) -> str:
    # inside a trigger the row needs no FROM entry of its own, hence an empty "{src}"
    return " ".join(s.format(a=row, src="") + ";" for s in INSERTS)


def _upgrade_postgresql() -> None:
    for statement in TABLES:
        op.execute(statement)
    for statement in PG_INSERTS:
        op.execute(statement.format(a="articles", src="articles,"))
    deletes = " ".join(f"DELETE FROM {t} WHERE doc = OLD.doc;" for t in FACT_TABLES)
    inserts = " ".join(s.format(a="NEW", src="") + ";" for s in PG_INSERTS)
    op.execute(f"""CREATE FUNCTION khobor_facts_sync() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP <> 'INSERT' THEN {deletes} END IF;
            IF TG_OP <> 'DELETE' THEN {inserts} END IF;
            RETURN NULL;
        END $body$""")
    for name, when in (("facts_ai", "INSERT"), ("facts_ad", "DELETE"), ("facts_au", "UPDATE OF record, doc")):
        op.execute(f"CREATE TRIGGER {name} AFTER {when} ON articles FOR EACH ROW EXECUTE FUNCTION khobor_facts_sync()")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
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
    dialect = op.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql"):
        return
    on = " ON articles" if dialect == "postgresql" else ""
    for trigger in ("facts_ai", "facts_ad", "facts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}{on}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS khobor_facts_sync()")
    for table in FACT_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
