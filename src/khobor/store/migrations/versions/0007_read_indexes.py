"""read indexes: the fact tables' lookups come out in stored order, so a page stops at its limit

Revision ID: 0007_read_indexes
Revises: 0006_stories
Create Date: 2026-12-02

The API pages by keyset in stored order ((doc, n) for facts, doc for articles). With an index on
the lookup column alone, a page of an actor's events found every event of the actor, joined each
to its article and sorted them all before taking 50 (a few hundred rows per actor on a 100,000-
article store, every request). An index on (lookup column, doc, n) hands the rows over already in
page order, so the query reads as many rows as the page holds. Each new index starts with the old
one's column, which it therefore replaces.

Portable DDL (Alembic's create_index / drop_index), for SQLite and PostgreSQL alike; a table that
this database does not have (the fact tables are created by 0003 where the dialect has them) is
skipped.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_read_indexes"
down_revision = "0006_stories"
branch_labels = None
depends_on = None

# (table, new index, its columns, the index it replaces or None)
INDEXES = [
    ("event_actors", "ix_event_actors_actor_doc", ["actor_id", "doc", "n"], "ix_event_actors_actor_id"),
    ("quotes", "ix_quotes_speaker_doc", ["speaker_id", "doc", "n"], "ix_quotes_speaker_id"),
    ("entities", "ix_entities_actor_doc", ["actor_id", "doc"], "ix_entities_actor_id"),
    ("events", "ix_events_type_doc", ["type", "doc", "n"], "ix_events_type"),
    ("articles", "ix_articles_language_doc", ["language", "doc"], "ix_articles_language"),
    ("articles", "ix_articles_outlet_doc", ["outlet", "doc"], None),
]


def _tables() -> set[str]:
    return set(sa.inspect(op.get_bind()).get_table_names())


def upgrade() -> None:
    have = _tables()
    for table, name, columns, replaces in INDEXES:
        if table in have:
            op.create_index(name, table, columns)
            if replaces:
                op.drop_index(replaces, table_name=table)


def downgrade() -> None:
    have = _tables()
    for table, name, columns, replaces in reversed(INDEXES):
        if table in have:
            if replaces:
                op.create_index(replaces, table, columns[:1])
            op.drop_index(name, table_name=table)
