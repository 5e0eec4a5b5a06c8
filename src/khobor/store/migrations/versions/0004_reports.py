"""reports: which stored articles are near-duplicate copies of one report

Revision ID: 0004_reports
Revises: 0003_facts
Create Date: 2026-12-02

One row per article that copies an earlier one (`khobor stories rebuild` fills it); an article
without a row is its own report. Deleting an article drops its row and those pointing at it (the
next rebuild regroups them).
"""
from __future__ import annotations

from alembic import op

revision = "0004_reports"
down_revision = "0003_facts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE reports (doc INTEGER NOT NULL, report_doc INTEGER NOT NULL, similarity FLOAT, "
               "PRIMARY KEY (doc))")
    op.execute("CREATE INDEX ix_reports_report_doc ON reports (report_doc)")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER reports_ad AFTER DELETE ON articles BEGIN "
                   "DELETE FROM reports WHERE doc = old.doc OR report_doc = old.doc; END")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE FUNCTION khobor_reports_ad() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN "
                   "DELETE FROM reports WHERE doc = OLD.doc OR report_doc = OLD.doc; RETURN NULL; END $body$")
        op.execute("CREATE TRIGGER reports_ad AFTER DELETE ON articles FOR EACH ROW EXECUTE FUNCTION khobor_reports_ad()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS reports_ad ON articles")
        op.execute("DROP FUNCTION IF EXISTS khobor_reports_ad()")
    else:
        op.execute("DROP TRIGGER IF EXISTS reports_ad")
    op.execute("DROP TABLE IF EXISTS reports")
