"""Bring a database to the schema this khobor expects, or say clearly why not.

Runs Alembic programmatically with a Config built in code (no alembic.ini): an empty database
is created at head, one at an older revision is upgraded, one at head is left alone. A database
that is not ours (other tables and no khobor revision, or a revision we do not know) is refused
before anything is written to it.
"""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from .errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    if not sa.inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one_or_none()


def is_store(engine: Engine) -> bool:
    """Whether the database holds a khobor schema revision (any, even an old one)."""
    with engine.connect() as conn:
        return current_revision(conn) is not None


def _check_ours(conn: Connection, where: str) -> None:
    tables = set(sa.inspect(conn).get_table_names())
    script = ScriptDirectory.from_config(alembic_config())
    if VERSION_TABLE not in tables:
        if tables:
            raise StoreError(
                f"{where} is a database, but not a khobor store (it has tables "
                f"{', '.join(sorted(tables)[:5])}{'…' if len(tables) > 5 else ''} and no khobor revision); "
                "point khobor at a new file"
            )
        return
    rev = current_revision(conn)
    known = {s.revision for s in script.walk_revisions()}
    if rev is not None and rev not in known:
        raise StoreError(
            f"{where} is at schema revision {rev!r}, which this khobor does not know "
            f"(head is {script.get_current_head()!r}): it was written by a newer khobor or another program"
        )


def upgrade(engine: Engine, where: str) -> None:
    """Check that the database is ours, then migrate it to head in one transaction.

    The transaction takes the write lock first (BEGIN IMMEDIATE on SQLite, the store's advisory
    lock on PostgreSQL), so two processes opening a new database at once migrate it one after the other; the second then finds it at head. At head,
    Alembic is not even started: opening an up-to-date store writes and logs nothing."""
    with engine.connect().execution_options(khobor_begin="IMMEDIATE") as conn, conn.begin():
        _check_ours(conn, where)
        if current_revision(conn) != head_revision():
            command.upgrade(alembic_config(conn), "head")
