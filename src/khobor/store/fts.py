"""SQLite FTS5 specifics: which tokenizer keeps Bengali words whole, and the DDL of the index.

FTS5's default `unicode61` tokenizer counts only letters and digits as token characters. Bengali
vowel signs, virama, anusvara, chandrabindu and nukta are marks (category M), so "বাজারে" is
indexed as "ব", "জ", "র" and a search for "জং" (-> "জ") finds it. Two ways to keep marks in words:

* `categories 'L* N* Co M*'` (a unicode61 option): marks of every script are token characters.
  It is the better choice and the installed SQLite (3.40.1 here) has it.
* `tokenchars '<every M* code point>'`: the same effect for SQLite builds without `categories`,
  with the mark list taken from Python's Unicode tables at migration time.

Both also keep ZWNJ/ZWJ inside words (as `khobor.textutil.words` does: "র‍্যাব" is one word),
and fold case and Latin diacritics (`remove_diacritics 2`: "Zürich" finds "Zurich").

The migration that creates the index calls `choose_tokenizer` once; the choice is then part of
the table's SQL in the database file, so later runs of a different SQLite read the same index.
"""
from __future__ import annotations

import sys
import unicodedata

from sqlalchemy.engine import Connection

JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ: inside Bengali conjuncts and ligatures

TOKENIZE_CATEGORIES = f"unicode61 categories 'L* N* Co M*' tokenchars '{JOINERS}' remove_diacritics 2"

FTS_TABLE = "articles_fts"


def mark_chars() -> str:
    """Every combining mark (Mn, Mc, Me) Python's Unicode database knows."""
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c))[0] == "M")


def tokenize_tokenchars() -> str:
    return f"unicode61 tokenchars '{mark_chars()}{JOINERS}' remove_diacritics 2"


def _tokenizer_works(conn: Connection, tokenize: str) -> bool:
    """Try the tokenizer on a throw-away FTS5 table inside a savepoint."""
    probe = conn.begin_nested()
    try:
        conn.exec_driver_sql(f'CREATE VIRTUAL TABLE temp._khobor_probe USING fts5(x, tokenize="{tokenize}")')
        conn.exec_driver_sql("DROP TABLE temp._khobor_probe")
    except Exception:
        probe.rollback()
        return False
    probe.commit()
    return True


def categories_supported(conn: Connection) -> bool:
    return _tokenizer_works(conn, TOKENIZE_CATEGORIES)


def choose_tokenizer(conn: Connection) -> str:
    if categories_supported(conn):
        return TOKENIZE_CATEGORIES
    fallback = tokenize_tokenchars()
    if _tokenizer_works(conn, fallback):
        return fallback
    raise RuntimeError(
        "this SQLite has no usable FTS5 (needed for khobor search); sqlite_version="
        + conn.exec_driver_sql("select sqlite_version()").scalar_one()
    )


def create_ddl(tokenize: str) -> list[str]:
    """External-content FTS5 over articles(title, text), linked by articles.doc, kept in sync by
    triggers so that no code path (the store, a migration, a hand-written DELETE) can forget it."""
    t = FTS_TABLE
    return [
        f"CREATE VIRTUAL TABLE {t} USING fts5(title, text, content='articles', content_rowid='doc', "
        f'tokenize="{tokenize}")',
        f"CREATE TRIGGER {t}_ai AFTER INSERT ON articles BEGIN "
        f"INSERT INTO {t}(rowid, title, text) VALUES (new.doc, new.title, new.text); END",
        f"CREATE TRIGGER {t}_ad AFTER DELETE ON articles BEGIN "
        f"INSERT INTO {t}({t}, rowid, title, text) VALUES ('delete', old.doc, old.title, old.text); END",
        f"CREATE TRIGGER {t}_au AFTER UPDATE ON articles BEGIN "
        f"INSERT INTO {t}({t}, rowid, title, text) VALUES ('delete', old.doc, old.title, old.text); "
        f"INSERT INTO {t}(rowid, title, text) VALUES (new.doc, new.title, new.text); END",
        # Index whatever is already stored (a database upgraded from before the index existed).
        f"INSERT INTO {t}({t}) VALUES ('rebuild')",
    ]


def drop_ddl() -> list[str]:
    t = FTS_TABLE
    return [f"DROP TRIGGER IF EXISTS {t}_{s}" for s in ("ai", "ad", "au")] + [f"DROP TABLE IF EXISTS {t}"]
