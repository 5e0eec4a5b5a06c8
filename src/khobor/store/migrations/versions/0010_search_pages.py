"""search_pages: search result pages kept in the store, each at the generation it was ranked at

Revision ID: 0010_search_pages
Revises: 0009_read_covering
Create Date: 2026-12-02

One row per search page (query, page window and filters as JSON): its hits, the store
generation they were ranked at (a page is served only at that generation), how often it was
asked for, and which generation a server's keeper is ranking it at. A cache: nothing else reads
it, and dropping its rows loses nothing but time (khobor.store.search_pages). Portable Alembic
operations, so it runs on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_search_pages"
down_revision = "0009_read_covering"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_pages",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("generation", sa.BigInteger, nullable=False),
        sa.Column("hits", sa.Text, nullable=False),
        sa.Column("asked", sa.BigInteger, nullable=False),
        sa.Column("claimed", sa.BigInteger),
    )


def downgrade() -> None:
    op.drop_table("search_pages")
