"""articles_fts: full-text index over title + text (SQLite FTS5)

Revision ID: 0002_articles_fts
Revises: 0001_articles
Create Date: 2026-11-29

SQLite: an FTS5 virtual table kept in step by triggers (khobor/store/fts.py). PostgreSQL: a
table of tsvectors with a GIN index, written by the store from khobor's own Bengali-safe words
(khobor/store/pg_fts.py); the articles already stored are indexed here.
"""
from __future__ import annotations

from alembic import op

from khobor.store import fts, pg_fts

revision = "0002_articles_fts"
down_revision = "0001_articles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in pg_fts.create_ddl():
            op.execute(statement)
        pg_fts.index_stored(bind)
        return
    for statement in fts.create_ddl(fts.choose_tokenizer(bind)):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TABLE IF EXISTS {pg_fts.FTS_TABLE}")
        return
    for statement in fts.drop_ddl():
        op.execute(statement)
