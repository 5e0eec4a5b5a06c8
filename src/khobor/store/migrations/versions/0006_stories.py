"""stories: which stored articles tell the same happening, across outlets and languages

Revision ID: 0006_stories
Revises: 0005_ingested
Create Date: 2026-12-02

`story_members`: one row per article placed in a story (a story is named by the doc of its first
article), with what it was recognised by (its keys, its lead's embedding) so later articles can be
compared with it without re-reading its record. `story_keys`: the same keys one per row, indexed
by (key, day), so finding the articles of the last few days that share a key costs the same on a
small store and a large one. Rows of a deleted article are ignored by every reader (they join
`articles`) and go at the next `khobor stories rebuild`. Plain Alembic operations: SQLite and
PostgreSQL alike.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_stories"
down_revision = "0005_ingested"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_members",
        sa.Column("doc", sa.Integer, primary_key=True),
        sa.Column("story", sa.Integer, nullable=False),
        sa.Column("day", sa.String(10), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("keyset", sa.Text, nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=True),
    )
    op.create_index("ix_story_members_story", "story_members", ["story"])
    op.create_index("ix_story_members_day", "story_members", ["day"])
    op.create_table(
        "story_keys",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("day", sa.String(10), nullable=True),
        sa.Column("doc", sa.Integer, nullable=False),
    )
    op.create_index("ix_story_keys_key_day", "story_keys", ["key", "day"])
    op.create_index("ix_story_keys_doc", "story_keys", ["doc"])


def downgrade() -> None:
    op.drop_table("story_keys")
    op.drop_table("story_members")
