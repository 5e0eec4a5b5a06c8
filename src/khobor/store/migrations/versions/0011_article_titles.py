"""article titles: a page's titles and dates read from an index alone

Revision ID: 0011_article_titles
Revises: 0010_search_pages
Create Date: 2026-12-03

An actor's timeline shows each item's article title and publication date, read for the page's
articles in one query. That read went through the unique index on `doc` and then the article's
table row, which holds its text and record (about 2 KB: one page of the file per article, spread
over the whole store). The index (doc, title, published) holds the three columns, so the read
stops at the index: on a 100,000-article store, a timeline page's titles (about 150 articles) take
0.49 ms of CPU instead of 0.70 ms (bench/bench_api.py's store). SQLite's planner prefers the
unique index for `doc =`, so the query names this one (INDEXED BY, khobor.store.queries._titles).
About 100 bytes an article. SQLite only: PostgreSQL refuses an index entry over about 2.7 KB, which
a long scraped title would make (schema.py marks the index `only_on` SQLite).
"""
from __future__ import annotations

from alembic import op

revision = "0011_article_titles"
down_revision = "0010_search_pages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_articles_doc_title", "articles", ["doc", "title", "published"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_articles_doc_title", table_name="articles")
