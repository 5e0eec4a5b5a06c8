"""Alembic environment for the khobor store.

khobor runs migrations itself (`khobor.store.migrate.upgrade`), handing Alembic an open
connection through `config.attributes["connection"]`; there is no alembic.ini at run time.
Developers creating a revision can do the same from Python:

    from alembic import command
    from khobor.store.migrate import alembic_config
    command.revision(alembic_config(), "what changes")
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=None,  # migrations are written by hand; tests compare them to schema.py
        render_as_batch=True,  # SQLite ALTER TABLE is limited: let future migrations copy-and-move
        transactional_ddl=True,  # the engine emits real BEGINs, so SQLite DDL is transactional too
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("khobor migrations need a connection or sqlalchemy.url")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("khobor migrations run online only (FTS setup inspects the SQLite build)")
run_migrations_online()
