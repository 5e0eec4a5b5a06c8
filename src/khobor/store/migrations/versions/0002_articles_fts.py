"""articles_fts: full-text index over title + text (SQLite FTS5)

Revision ID: 0002_articles_fts
Revises: 0001_articles
Create Date: 2026-11-29

SQLite only for now; another dialect gets its own index here (PostgreSQL: a tsvector column
with a GIN index) together with a SearchBackend in khobor/store/search.py.
"""
from __future__ import annotations

from alembic import op

from khobor.store import fts

revision = "0002_articles_fts"
down_revision = "0001_articles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for statement in fts.create_ddl(fts.choose_tokenizer(bind)):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in fts.drop_ddl():
        op.execute(statement)
