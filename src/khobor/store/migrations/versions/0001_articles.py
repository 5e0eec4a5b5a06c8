"""articles: one row per stored article version

Revision ID: 0001_articles
Revises:
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_articles"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("doc", sa.Integer, nullable=False),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("outlet", sa.Text, nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=True),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("doc", name="uq_articles_doc"),
    )
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_language", "articles", ["language"])
    op.create_index("ix_articles_published", "articles", ["published"])


def downgrade() -> None:
    op.drop_table("articles")
