"""PostgreSQL specifics of the store: the URL, the driver, the engine and its write lock.

    open_store("postgresql://khobor@db.newsroom.lan:5432/khobor")   # or postgresql+psycopg://

The driver is psycopg 3 (`pip install 'khobor[postgres]'`). Writers take one transaction-scoped
advisory lock, the PostgreSQL counterpart of SQLite's BEGIN IMMEDIATE: a put reads ("is this id
stored?") then writes under it, and the next `doc` number is max + 1, so two ingests into one
database run their puts one after the other and neither stores an article twice. Migrations take
the same lock, so two processes opening a new database migrate it once.
"""
from __future__ import annotations

import regex
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from .errors import StoreError

DRIVER = "psycopg"
SCHEMES = ("postgresql", "postgres", f"postgresql+{DRIVER}")
# pg_advisory_xact_lock key: "khobor" in ASCII, so other applications' locks are unlikely to clash
WRITE_LOCK = int.from_bytes(b"khobor", "big")
CONNECT_TIMEOUT_S = 10
NUL_STAND_IN = "\ufffd"  # PostgreSQL text cannot hold U+0000; the replacement character stands in
# "\u0000" in JSON text, not preceded by an escaped backslash (jsonb refuses it)
_JSON_NUL = regex.compile(r"(?<!\\)((?:\\\\)*)\\u0000")


def is_postgres(url: sa.URL) -> bool:
    return url.get_backend_name() in ("postgresql", "postgres")


def driver_url(url: sa.URL, where: str) -> sa.URL:
    """postgresql:// and postgres:// -> postgresql+psycopg:// (SQLAlchemy's default would be
    psycopg2); another driver is refused rather than half-supported."""
    if url.drivername not in SCHEMES:
        raise StoreError(f"{where}: use postgresql:// or postgresql+psycopg:// (khobor talks to PostgreSQL "
                         f"through psycopg 3, not {url.get_driver_name()})")
    return url.set(drivername=f"postgresql+{DRIVER}")


def engine(url: sa.URL, where: str) -> Engine:
    """An engine for the database at `url`, or a StoreError saying what to install."""
    try:
        eng = sa.create_engine(driver_url(url, where),
                               connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except ImportError:
        raise StoreError(f"{where}: a PostgreSQL store needs the psycopg driver: "
                         "pip install 'khobor[postgres]'") from None

    @event.listens_for(eng, "before_cursor_execute", retval=True)
    def _no_nul(conn, cursor, statement, parameters, context, executemany):
        if executemany:
            return statement, [_params_without_nul(p) for p in parameters]
        return statement, _params_without_nul(parameters)

    @event.listens_for(eng, "begin")
    def _begin(conn):
        if conn.get_execution_options().get("khobor_begin") == "IMMEDIATE":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    return eng


def without_nul(value: str) -> str:
    r"""A string PostgreSQL can store: NUL characters, and JSON's escaped NUL, become U+FFFD. The
    same mapping applies to what is written and to what is looked up, so both stay consistent.

    >>> without_nul("a\x00b") == "a\ufffdb", without_nul('"a\\u0000"') == '"a\\ufffd"'
    (True, True)
    """
    if "\x00" in value:
        value = value.replace("\x00", NUL_STAND_IN)
    if "\\u0000" in value:
        value = _JSON_NUL.sub(r"\1\\ufffd", value)
    return value


def _params_without_nul(params):
    if isinstance(params, dict):
        return {k: without_nul(v) if isinstance(v, str) else v for k, v in params.items()}
    if isinstance(params, (list, tuple)):
        return type(params)(without_nul(v) if isinstance(v, str) else v for v in params)
    return params


def preflight(eng: Engine, where: str) -> None:
    """Connect once now, so an unreachable server or a refused login is one clear error."""
    try:
        with eng.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as e:
        raise StoreError(f"{where}: cannot connect to the PostgreSQL server: {_first_line(e.orig)}") from e


def _first_line(err) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
