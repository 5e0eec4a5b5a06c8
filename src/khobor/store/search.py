"""Full-text search: user text in, ranked hits with snippets out.

The store talks to a `SearchBackend` for its dialect, so a PostgreSQL backend (tsvector + GIN,
`websearch_to_tsquery`) can be added next to the SQLite one without touching `Store`.

Query language, the same for every backend: words are AND-ed; "a quoted phrase" must appear as
written; everything else (FTS5 operators, brackets, stars, stray quotes, emoji) is plain text.
Words are cut with `khobor.textutil.words`, so Bengali words keep their vowel signs and virama.
A word of PREFIX_MIN or more characters also matches as a prefix: Bengali case endings glue onto
names ("পুতিন" finds "পুতিনের"), English plurals onto nouns. The exact form matches twice
(`"w" OR "w"*`), which bm25 rewards, so exact matches rank above prefix-only ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import regex
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..clean.normalise import normalise_text
from ..textutil import fold_space, words
from . import fts
from .errors import StoreError

PREFIX_MIN = 3
MAX_TERMS = 32
SNIPPET_START, SNIPPET_END, SNIPPET_ELLIPSIS = "«", "»", "…"
SNIPPET_TOKENS = 16
TITLE_WEIGHT, TEXT_WEIGHT = 3.0, 1.0

_PHRASE = regex.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Hit:
    id: str
    title: str | None
    snippet: str  # one line of text around the best match, matched words inside «…»
    score: float  # higher is better (bm25, sign flipped); comparable within one result list only
    url: str | None
    language: str | None
    published: str | None


def parse_query(query: str) -> list[list[str]]:
    """User text -> terms; each term is a list of words that must appear in that order
    (one word, or a quoted phrase). Never raises."""
    query = normalise_text(query)  # the same normalisation as the stored text (NFC, no ZWNJ, ...)
    terms: list[list[str]] = []
    pos = 0
    for m in _PHRASE.finditer(query):
        terms.extend([w] for _, _, w in words(query[pos:m.start()]))
        phrase = [w for _, _, w in words(m.group(1))]
        if phrase:
            terms.append(phrase)
        pos = m.end()
    terms.extend([w] for _, _, w in words(query[pos:]))
    return terms[:MAX_TERMS]


def _fts5_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts5_match(terms: list[list[str]]) -> str:
    """Terms -> an FTS5 MATCH expression made only of quoted strings, so no user text is ever
    read as FTS5 syntax."""
    parts = []
    for term in terms:
        s = _fts5_string(" ".join(term))
        if len(term) == 1 and len(term[0]) >= PREFIX_MIN:
            parts.append(f"({s} OR {s}*)")
        else:
            parts.append(s)
    return " AND ".join(parts)


@dataclass(frozen=True)
class SearchFilter:
    """Which articles a search may return (None: any)."""
    language: str | None = None
    outlet: str | None = None
    since: str | None = None  # published on or after, YYYY-MM-DD
    until: str | None = None  # published on or before


class SearchBackend(Protocol):
    def search(self, conn: Connection, query: str, limit: int, *, offset: int = 0,
               filters: SearchFilter | None = None) -> list[Hit]: ...


class SqliteFts5Backend:
    """FTS5 index `articles_fts` (created by migration 0002), external content = articles."""

    _SQL = sa.text(
        f"""
        SELECT a.id, a.title, a.url, a.language, a.published,
               snippet({fts.FTS_TABLE}, 1, :s0, :s1, :ell, :ntok) AS snippet,
               {fts.FTS_TABLE}.rank AS rank
        FROM {fts.FTS_TABLE} JOIN articles AS a ON a.doc = {fts.FTS_TABLE}.rowid
        WHERE {fts.FTS_TABLE} MATCH :q AND {fts.FTS_TABLE}.rank MATCH :rank_fn
          AND (:language IS NULL OR a.language = :language) AND (:outlet IS NULL OR a.outlet = :outlet)
          AND (:since IS NULL OR a.published >= :since) AND (:until IS NULL OR a.published <= :until)
        ORDER BY {fts.FTS_TABLE}.rank
        LIMIT :limit OFFSET :offset
        """
    )
    # Ranking by FTS5's own `rank` column (rather than ORDER BY bm25(...)) lets FTS5 sort and
    # stop at LIMIT itself, so snippet() runs for the returned rows only: 3x faster (bench/).
    _RANK_FN = f"bm25({TITLE_WEIGHT}, {TEXT_WEIGHT})"

    def search(self, conn: Connection, query: str, limit: int, *, offset: int = 0,
               filters: SearchFilter | None = None) -> list[Hit]:
        terms = parse_query(query)
        if not terms or limit <= 0:
            return []
        f = filters or SearchFilter()
        rows = conn.execute(self._SQL, {
            "q": fts5_match(terms), "limit": limit, "offset": max(offset, 0),
            "language": f.language, "outlet": f.outlet, "since": f.since, "until": f.until,
            "s0": SNIPPET_START, "s1": SNIPPET_END, "ell": SNIPPET_ELLIPSIS, "ntok": SNIPPET_TOKENS,
            "rank_fn": self._RANK_FN,
        })
        return [
            Hit(id=r.id, title=r.title, snippet=fold_space(r.snippet), score=-r.rank, url=r.url,
                language=r.language, published=r.published)
            for r in rows
        ]


BACKENDS: dict[str, type] = {"sqlite": SqliteFts5Backend}


def backend_for(dialect: str) -> SearchBackend:
    try:
        return BACKENDS[dialect]()
    except KeyError:
        raise StoreError(
            f"no search backend for {dialect!r} databases yet (supported: {', '.join(sorted(BACKENDS))})"
        ) from None
