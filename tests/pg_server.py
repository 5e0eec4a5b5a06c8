"""A throwaway PostgreSQL server for tests and benches: initdb in a temporary folder, `postgres`
on 127.0.0.1 at a free port (and a unix socket in that folder), stopped and removed afterwards.

    with throwaway_postgres() as server:       # raises Unavailable(reason) when it cannot run
        url = server.new_database()            # postgresql://khobor@127.0.0.1:PORT/k_1

initdb and postgres refuse to run as root; as root (CI containers) both run as the `postgres`
user (Debian's package creates it), else `nobody`, owning the temporary folder. The server is
tuned for throwaway data: no fsync, no full-page writes.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

BIN_DIRS = ["/usr/local/bin", *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
USER = "khobor"
START_TIMEOUT_S = 60


class Unavailable(Exception):
    """Why no throwaway server can run here (the tests that need one skip with this reason)."""


def binaries() -> tuple[str, str]:
    """(initdb, postgres) from PATH or Debian's versioned folders."""
    for folder in [None, *BIN_DIRS]:
        initdb = shutil.which("initdb", path=folder)
        postgres = shutil.which("postgres", path=folder)
        if initdb and postgres:
            return initdb, postgres
    raise Unavailable("no PostgreSQL server binaries (initdb, postgres): apt-get install postgresql")


def _run_as() -> str | None:
    """The unprivileged user to run the server as when we are root, else None."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise Unavailable("running as root and there is no 'postgres' or 'nobody' user to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, folder: Path, port: int, proc: subprocess.Popen):
        self.folder, self.port, self.proc = folder, port, proc
        self._made = 0

    @property
    def url(self) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        """A new empty database on this server; its URL."""
        import psycopg
        self._made += 1
        name = f"k_{os.getpid()}_{self._made}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{name}"

    def drop_database(self, url: str) -> None:
        import psycopg
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _initdb(initdb: str, data: Path, user: str | None) -> None:
    cmd = [initdb, "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]
    done = subprocess.run(cmd, user=user, cwd=data.parent, capture_output=True, text=True)
    if done.returncode != 0:
        raise Unavailable(f"initdb failed: {(done.stderr or done.stdout).strip()[-400:]}")


def _wait_ready(server: Server, log: Path) -> None:
    import psycopg
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise Unavailable(f"postgres exited at start: {log.read_text(errors='replace')[-400:]}")
        try:
            psycopg.connect(server.url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            time.sleep(0.2)
    raise Unavailable(f"postgres did not accept connections within {START_TIMEOUT_S} s")


def _stop(server: Server) -> None:
    if server.proc.poll() is None:
        server.proc.send_signal(signal.SIGINT)  # "fast" shutdown: disconnect clients, stop
        try:
            server.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait()


@contextmanager
def throwaway_postgres():
    """Start a server (see the module docstring), yield it, stop it and remove its folder."""
    try:
        import psycopg  # noqa: F401 - the tests talk to the server through it
    except ImportError:
        raise Unavailable("psycopg is not installed: pip install 'khobor[postgres]'") from None
    initdb, postgres = binaries()
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="khobor-pg-"))
    try:
        if user:
            shutil.chown(folder, user, user)
        data, sock, log = folder / "data", folder / "sock", folder / "postgres.log"
        _initdb(initdb, data, user)
        sock.mkdir()
        if user:
            shutil.chown(sock, user, user)
        port = _free_port()
        with log.open("w") as out:
            proc = subprocess.Popen(
                [postgres, "-D", str(data), "-p", str(port), "-h", "127.0.0.1", "-k", str(sock),
                 "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
                user=user, cwd=folder, stdout=out, stderr=subprocess.STDOUT)
        server = Server(folder, port, proc)
        try:
            _wait_ready(server, log)
            yield server
        finally:
            _stop(server)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
