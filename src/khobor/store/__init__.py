"""The article store and its search.

    from khobor.store import open_store
    with open_store("sqlite:///khobor.db") as store:
        store.put(record)                  # "stored" | "unchanged" | "replaced"
        store.search("পুতিন রাইফেল")        # [Hit(id, title, snippet, score, url, language, published)]
        store.get("aa0006d0")              # Record (full id or a unique prefix of >= 6 characters)

SQLite (the default) or PostgreSQL ("postgresql://user@host/db", pg.py) through SQLAlchemy, schema
by Alembic migrations shipped in `migrations/` and applied on open, the same on both; full-text
search that keeps Bengali words whole: FTS5 with a Bengali-safe tokenizer on SQLite (fts.py), a
tsvector index made of khobor's own words on PostgreSQL (pg_fts.py).
"""
from .errors import StoreError
from .search import Hit, SearchBackend, SearchFilter
from .store import Store, default_db_url, open_store

__all__ = ["open_store", "default_db_url", "Hit", "StoreError", "Store", "SearchBackend", "SearchFilter"]
