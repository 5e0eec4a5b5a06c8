"""read covering: an actor's event pages read from indexes alone, and the store's state row (a
write generation and the article count, kept by triggers)

Revision ID: 0009_read_covering
Revises: 0008_ingest_progress
Create Date: 2026-12-02

An events page of an actor (the API's /api/events?actor=, an actor's timeline) read, for each
event, the actor's row of `event_actors` through (actor_id, doc, n) and then the table row for its
role, and for the page's actors every row of its articles through (doc) and then the table. Two
covering indexes hold those columns, so both reads stop at the index: (actor_id, doc, n, role)
replaces (actor_id, doc, n), and (doc, n, role, actor_id, name, country) replaces (doc). Each
starts with the columns of the index it replaces, which every other query used.

`store_state` is one row: `generation`, raised by every insert, update or delete of an article,
and `articles`, the article count, so neither a server's search cache (khobor.store.store) nor
`Store.count` needs to count 100,000 rows to know whether anything changed. Triggers keep it, as
they keep the fact tables (0003), on SQLite and PostgreSQL.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_read_covering"
down_revision = "0008_ingest_progress"
branch_labels = None
depends_on = None

# (table, new index, its columns, the index it replaces, that index's columns)
INDEXES = [
    ("event_actors", "ix_event_actors_actor_role", ["actor_id", "doc", "n", "role"],
     "ix_event_actors_actor_doc", ["actor_id", "doc", "n"]),
    ("event_actors", "ix_event_actors_doc_sides", ["doc", "n", "role", "actor_id", "name", "country"],
     "ix_event_actors_doc", ["doc"]),
]

# what each write to `articles` does to the state row
STATE_CHANGES = {"INSERT": "articles = articles + 1, ", "DELETE": "articles = articles - 1, ", "UPDATE": ""}


def _state_update(op_name: str) -> str:
    return f"UPDATE store_state SET {STATE_CHANGES[op_name]}generation = generation + 1 WHERE id = 1"


def _create_state() -> None:
    op.create_table(
        "store_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("generation", sa.BigInteger, nullable=False),
        sa.Column("articles", sa.BigInteger, nullable=False),
    )
    op.execute("INSERT INTO store_state (id, generation, articles) SELECT 1, 0, count(*) FROM articles")


def _state_triggers_postgresql() -> None:
    branches = " ".join(f"{'IF' if i == 0 else 'ELSIF'} TG_OP = '{name}' THEN {_state_update(name)};"
                        for i, name in enumerate(STATE_CHANGES))
    op.execute(f"""CREATE FUNCTION khobor_state_sync() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN {branches} END IF; RETURN NULL; END $body$""")
    for name in STATE_CHANGES:
        op.execute(f"CREATE TRIGGER state_{name.lower()} AFTER {name} ON articles "
                   "FOR EACH ROW EXECUTE FUNCTION khobor_state_sync()")


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    for table, name, columns, replaces, _old in INDEXES:
        if table in have:
            op.create_index(name, table, columns)
            op.drop_index(replaces, table_name=table)
    _create_state()
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        _state_triggers_postgresql()
    elif dialect == "sqlite":
        for name in STATE_CHANGES:
            op.execute(f"CREATE TRIGGER state_{name.lower()} AFTER {name} ON articles "
                       f"BEGIN {_state_update(name)}; END")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    on = " ON articles" if dialect == "postgresql" else ""
    for name in STATE_CHANGES:
        op.execute(f"DROP TRIGGER IF EXISTS state_{name.lower()}{on}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS khobor_state_sync()")
    op.drop_table("store_state")
    have = set(sa.inspect(op.get_bind()).get_table_names())
    for table, name, _columns, replaces, old_columns in reversed(INDEXES):
        if table in have:
            op.create_index(replaces, table, old_columns)
            op.drop_index(name, table_name=table)
