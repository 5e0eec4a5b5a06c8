"""The tables as SQLAlchemy Core sees them, for the store's queries.

The migrations under `migrations/versions/` are the history that *creates* these tables and
never import this module (a migration must keep meaning what it meant when it was written);
`tests/test_store.py` checks that a migrated database and this metadata agree.

`articles.id` (the record id, a hash of the normalised text) is the primary key. `doc` is a
second, integer key that exists for full-text search: FTS5 links index rows to content rows by
an integer, and SQLite's implicit rowid of a table whose key is not an INTEGER PRIMARY KEY may be
renumbered by VACUUM, which would silently detach the index. `doc` is ours, so it never moves.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("doc", sa.Integer, nullable=False),
    sa.Column("url", sa.Text, nullable=True, index=True),
    sa.Column("outlet", sa.Text, nullable=True),
    sa.Column("language", sa.String(16), nullable=True),
    sa.Column("published", sa.String(10), nullable=True, index=True),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    # The record as JSON text, all fields but `text` (the column above holds it, once), written
    # with ensure_ascii=False: Bengali stays readable and a sixth of the size of \u escapes.
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=True),
    sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("doc", name="uq_articles_doc"),
    # (lookup, doc): a filtered list comes out in stored order (migration 0007_read_indexes)
    sa.Index("ix_articles_language_doc", "language", "doc"),
    sa.Index("ix_articles_outlet_doc", "outlet", "doc"),
    # (doc, title, published): a timeline page's titles from the index alone (migration 0011), on SQLite
    # only: PostgreSQL refuses an index entry over ~2.7 KB, which a long scraped title would make
    sa.Index("ix_articles_doc_title", "doc", "title", "published", info={"only_on": "sqlite"}),
)

# -- facts: an index over the records' events, quotes and entities (migration 0003_facts) -----------
# Filled by triggers on `articles`, never written by the store's code; `doc` links a fact to its
# article, `n` is the fact's position in the record's list (events[n], quotes[n], entities[n]).

events = sa.Table(
    "events",
    metadata,
    sa.Column("article_id", sa.String(64), nullable=False),
    sa.Column("doc", sa.Integer, primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("mode", sa.Text),
    sa.Column("modality", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("date", sa.Text),  # as coded: "2024-03-06", "2024-10", "XXXX-09-12" or null
    sa.Column("day", sa.String(10), index=True),  # the date if a whole day, else the article's; for filters
    sa.Column("location_country", sa.Text),
    sa.Column("trigger_start", sa.Integer),
    sa.Column("trigger_end", sa.Integer),
    sa.Column("trigger_text", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Index("ix_events_type_doc", "type", "doc", "n"),
)

event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("doc", sa.Integer, nullable=False),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Column("role", sa.String(10), nullable=False),  # "actor" | "recipient"
    sa.Column("actor_id", sa.Text, nullable=False),
    sa.Column("name", sa.Text),
    sa.Column("country", sa.Text, index=True),
    # covering (0009_read_covering): an actor's events and a page's event sides come from these alone
    sa.Index("ix_event_actors_actor_role", "actor_id", "doc", "n", "role"),
    sa.Index("ix_event_actors_doc_sides", "doc", "n", "role", "actor_id", "name", "country"),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("article_id", sa.String(64), nullable=False),
    sa.Column("doc", sa.Integer, primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True),
    sa.Column("kind", sa.Text),
    sa.Column("text", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("cue", sa.Text),
    sa.Column("speaker_text", sa.Text),
    sa.Column("speaker_id", sa.Text),
    sa.Column("speaker_name", sa.Text),
    sa.Column("day", sa.String(10)),  # the article's publication date
    sa.Column("language", sa.String(16)),
    sa.Index("ix_quotes_speaker_doc", "speaker_id", "doc", "n"),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("article_id", sa.String(64), nullable=False),
    sa.Column("doc", sa.Integer, primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True),
    sa.Column("text", sa.Text),
    sa.Column("type", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("actor_id", sa.Text),
    sa.Column("actor_name", sa.Text),
    sa.Column("country", sa.Text),
    sa.Index("ix_entities_actor_doc", "actor_id", "doc"),
)

# Near-duplicate copies (migration 0004_reports), written by `khobor stories rebuild`.
reports = sa.Table(
    "reports",
    metadata,
    sa.Column("doc", sa.Integer, primary_key=True),  # the copy
    sa.Column("report_doc", sa.Integer, nullable=False, index=True),  # the report's first article
    sa.Column("similarity", sa.Float),
)

# Raw inputs already stored (migration 0005_ingested): an unchanged rerun skips extraction.
ingested = sa.Table(
    "ingested",
    metadata,
    sa.Column("digest", sa.String(64), primary_key=True),  # raw input + overrides + pipeline
    sa.Column("article_id", sa.String(64), nullable=False, index=True),
)

# Stories across outlets and languages (migration 0006_stories), kept by khobor.organise.stories.
story_members = sa.Table(
    "story_members",
    metadata,
    sa.Column("doc", sa.Integer, primary_key=True),
    sa.Column("story", sa.Integer, nullable=False, index=True),  # the doc of the story's first article
    sa.Column("day", sa.String(10), nullable=True, index=True),  # published, else the day it was stored
    sa.Column("language", sa.String(16), nullable=True),
    sa.Column("score", sa.Float, nullable=True),  # the similarity it joined with; null for the first
    sa.Column("keyset", sa.Text, nullable=False),  # JSON list of its keys (khobor.organise.profile)
    sa.Column("vector", sa.LargeBinary, nullable=True),  # its lead's embedding, float16
)

story_keys = sa.Table(
    "story_keys",
    metadata,
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("day", sa.String(10), nullable=True),
    sa.Column("doc", sa.Integer, nullable=False, index=True),
    sa.Index("ix_story_keys_key_day", "key", "day"),
)

# How far `khobor ingest` got in each input file (migration 0008_ingest_progress): written in the
# transaction that stores the article it covers, so a killed ingest resumes where it stopped.
ingest_progress = sa.Table(
    "ingest_progress",
    metadata,
    sa.Column("input_key", sa.String(64), primary_key=True),  # file path, size, mtime + overrides + pipeline
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # items the reader gave that are handled, in order
    sa.Column("articles", sa.Integer, nullable=False),  # of those, how many are articles in the store
    sa.Column("done", sa.Boolean, nullable=False),      # the whole file is handled, nothing failed
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# One row (id 1), kept by triggers on `articles` (migration 0009_read_covering): `generation` rises
# with every insert, update or delete of an article, `articles` is the article count.
store_state = sa.Table(
    "store_state",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("generation", sa.BigInteger, nullable=False),
    sa.Column("articles", sa.BigInteger, nullable=False),
)

# Search result pages kept in the store (migration 0010_search_pages, khobor.store.search_pages):
# one row per query, page window and filters; served only at the generation it was ranked at.
search_pages = sa.Table(
    "search_pages",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),  # khobor.store.search_pages.page_key
    sa.Column("generation", sa.BigInteger, nullable=False),  # store_state.generation the hits were ranked at
    sa.Column("hits", sa.Text, nullable=False),  # the page's hits, as JSON
    sa.Column("asked", sa.BigInteger, nullable=False),  # how often the page was asked for
    sa.Column("claimed", sa.BigInteger),  # the generation a keeper is ranking it at (so others skip it)
)
