"""ingest_progress: how far `khobor ingest` got in each input file, so a killed run resumes

Revision ID: 0008_ingest_progress
Revises: 0007_read_indexes
Create Date: 2026-12-02

One row per input file and way of reading it (path, size, modification time, the user's
overrides and the pipeline): how many of the items its reader gives are handled, how many of
those are stored articles, and whether the whole file is done. Written with portable Alembic
operations (no dialect-specific SQL), so it runs on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_ingest_progress"
down_revision = "0007_read_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_progress",
        sa.Column("input_key", sa.String(64), primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ingest_progress")
