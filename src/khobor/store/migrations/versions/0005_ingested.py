"""ingested: which raw inputs the store already holds, so an unchanged rerun skips extraction

Revision ID: 0005_ingested
Revises: 0004_reports
Create Date: 2026-12-02

One row per raw article that was stored: the digest of what the reader handed over (text, URL,
title, date, language, the user's overrides) and of the pipeline that extracted it (khobor's
version and its shipped language data), and the id of the record it became. Deleting an article
drops its rows, so the input is extracted again next time.
"""
from __future__ import annotations

from alembic import op

revision = "0005_ingested"
down_revision = "0004_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE ingested (digest VARCHAR(64) NOT NULL PRIMARY KEY, article_id VARCHAR(64) NOT NULL)")
    op.execute("CREATE INDEX ix_ingested_article_id ON ingested (article_id)")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER ingested_ad AFTER DELETE ON articles BEGIN "
                   "DELETE FROM ingested WHERE article_id = old.id; END")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE FUNCTION khobor_ingested_ad() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN "
                   "DELETE FROM ingested WHERE article_id = OLD.id; RETURN NULL; END $body$")
        op.execute("CREATE TRIGGER ingested_ad AFTER DELETE ON articles FOR EACH ROW EXECUTE FUNCTION khobor_ingested_ad()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS ingested_ad ON articles")
        op.execute("DROP FUNCTION IF EXISTS khobor_ingested_ad()")
    else:
        op.execute("DROP TRIGGER IF EXISTS ingested_ad")
    op.execute("DROP TABLE IF EXISTS ingested")
