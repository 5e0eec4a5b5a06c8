"""PostgreSQL full-text search that keeps Bengali words whole.

PostgreSQL's text-search parser decides what a word is from the server's locale: under a C or
POSIX locale it drops Bengali letters altogether, under others it cuts words at vowel signs and
virama, so neither `to_tsvector` nor `websearch_to_tsquery` can be trusted with Bengali. khobor
never hands it text to parse. It cuts words itself, the same way the SQLite FTS5 index does
(letters, digits, private-use characters and marks of every script, plus ZWNJ/ZWJ; hyphens and
apostrophes split), folds case and Latin diacritics, and writes the tsvector and tsquery
*literals*, which PostgreSQL reads as given lexemes:

    >>> tsvector_literal("গল্প", "নতুন গল্প")
    "'গল্প':1A,4 'নতুন':3"

The index is a table `articles_fts(doc, tsv)` with a GIN index (migration 0002), one row per
article written by the store in the same transaction as the article, deleted with it (foreign
key, ON DELETE CASCADE). Query syntax and word forms are search.py's, shared with SQLite;
ranking is ts_rank (title weighted above text) plus a bonus for the typed form of each word, and
the snippet is cut here, in Python, from khobor's own words.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..textutil import fold_space
from .search import (SNIPPET_ELLIPSIS, SNIPPET_END, SNIPPET_START, SNIPPET_TOKENS, TEXT_WEIGHT, TITLE_WEIGHT,
                     Hit, RankedSearch, SearchFilter, filter_params, word_forms)

FTS_TABLE = "articles_fts"
# the token characters of the SQLite index (fts.TOKENIZE_CATEGORIES): L* N* Co M* and the joiners
TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}\u200c\u200d]+")
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position; later words share it
MAX_POSITIONS_PER_WORD = 255
MAX_LEXEME_BYTES = 2046
_LATIN_DIACRITICS = regex.compile(r"[\u0300-\u036f]")


@lru_cache(maxsize=1 << 16)  # a news vocabulary repeats; normalising every token twice is the cost
def fold(token: str) -> str:
    """Lower case without Latin diacritics, as FTS5's `remove_diacritics 2`; Bengali marks stay.

    >>> fold("Zürich"), fold("বাজারে")
    ('zurich', 'বাজারে')
    """
    if token.isascii():
        return token.lower()
    bare = _LATIN_DIACRITICS.sub("", unicodedata.normalize("NFD", token.lower()))
    return unicodedata.normalize("NFC", bare)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded token) for each index token of `text`.

    >>> [t for _, _, t in tokens("কিম জং-উন")]
    ['কিম', 'জং', 'উন']
    """
    return [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text or "")]


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(title: str | None, text: str) -> str:
    """The tsvector of an article: title words first (weight A), one position gap so that no
    phrase runs from the title into the text, then the text's words (weight D, unlabelled)."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for label, part in (("A", title or ""), ("", text)):
        for _, _, tok in tokens(part):
            pos += 1
            if len(tok.encode()) > MAX_LEXEME_BYTES:
                continue
            at = f"{min(pos, MAX_POSITION)}{label}"
            seen = positions.setdefault(tok, [])
            if len(seen) < MAX_POSITIONS_PER_WORD and (not seen or seen[-1] != at):
                seen.append(at)
        pos += 1
    return " ".join(f"{_quoted(tok)}:{','.join(at)}" for tok, at in positions.items())


def index_article(conn: Connection, doc: int, title: str | None, text: str) -> None:
    """Write the index row of a new article (its `doc` is new, so it has none yet)."""
    conn.execute(sa.text(f"INSERT INTO {FTS_TABLE} (doc, tsv) VALUES (:doc, CAST(:tsv AS tsvector))"),
                 {"doc": doc, "tsv": tsvector_literal(title, text)})


# -- queries ---------------------------------------------------------------------------------------

def _word_query(word: str) -> str:
    """One query word (or form) -> a tsquery: its tokens in a row ("জং-উন" -> 'জং' <-> 'উন')."""
    parts = [_quoted(t) for _, _, t in tokens(word)]
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def _alternative(phrase: list[str], typed_only: bool) -> str:
    if len(phrase) > 1:
        return "(" + " <-> ".join(_word_query(w) for w in phrase) + ")"
    forms = [phrase[0]] if typed_only else word_forms(phrase[0])
    return " | ".join(_word_query(f) for f in forms)


def tsquery_literal(clauses: list[list[list[str]]], typed_only: bool = False) -> str:
    """Parsed query (search.parse_query) -> a tsquery literal: clauses AND-ed, alternatives OR-ed,
    each word by its forms (only as typed with `typed_only`, which ranks exact words first).

    >>> tsquery_literal([[["কলা"], ["কলি"]]], typed_only=True)
    "('কলা' | 'কলি')"
    """
    return " & ".join("(" + " | ".join(_alternative(alt, typed_only) for alt in clause) + ")"
                      for clause in clauses)


def match_set(clauses: list[list[list[str]]], typed_only: bool = False) -> set[str]:
    """Every folded token a hit's snippet marks: the tokens of each word's forms and phrases
    (only the words as typed with `typed_only`, which the snippet looks for first)."""
    found: set[str] = set()
    for clause in clauses:
        for alt in clause:
            forms = alt if len(alt) > 1 or typed_only else word_forms(alt[0])
            for form in forms:
                found.update(t for _, _, t in tokens(form))
    return found


SNIPPET_SCAN = 400  # tokens read past the first marked one while looking for a typed word


def snippet(text: str, marked: set[str], typed: frozenset[str] = frozenset(), width: int = SNIPPET_TOKENS) -> str:
    """One line of `width` tokens around the best run of marked tokens (the words as typed first,
    then any of their forms), each marked «…», as FTS5's snippet() does.

    >>> snippet("এক দুই তিন চার পাঁচ ছয়", {"তিন"}, width=4)
    '…দুই «তিন» চার পাঁচ…'
    """
    toks = _leading_tokens(text, marked, typed, width)
    if not toks:
        return ""
    start = _best_window(toks, marked, typed, width)
    window = toks[start:start + width]
    out, at = [], window[0][0]
    for s, e, tok in window:
        out.append(text[at:s])
        out.append(SNIPPET_START + text[s:e] + SNIPPET_END if tok in marked else text[s:e])
        at = e
    lead = SNIPPET_ELLIPSIS if start > 0 else ""
    tail = SNIPPET_ELLIPSIS if start + width < len(toks) or TOKEN.search(text, toks[-1][1]) else ""
    return fold_space(lead + "".join(out) + tail)


def _leading_tokens(text: str, marked: set[str], typed: frozenset[str], width: int) -> list[tuple[int, int, str]]:
    """The text's tokens up to `width` past the first typed one, or SNIPPET_SCAN past the first
    marked one: a long article is not cut into words to its end for one line of snippet."""
    out: list[tuple[int, int, str]] = []
    stop = None
    for m in TOKEN.finditer(text or ""):
        tok = fold(m.group())
        out.append((m.start(), m.end(), tok))
        if tok in typed:
            stop = min(stop or len(out) + width, len(out) + width)
        elif stop is None and tok in marked:
            stop = len(out) + SNIPPET_SCAN
        if stop is not None and len(out) >= stop:
            break
    return out


def _best_window(toks: list[tuple[int, int, str]], marked: set[str], typed: frozenset[str], width: int) -> int:
    """The first window start with the most distinct typed, then marked, tokens; its first hit a
    quarter in."""
    best, best_count = 0, (-1, -1)
    for i, (_, _, tok) in enumerate(toks):
        if tok not in marked:
            continue
        start = max(0, min(i - width // 4, len(toks) - width))
        inside = {t for _, _, t in toks[start:start + width] if t in marked}
        count = (len(inside & typed), len(inside))
        if count > best_count:
            best, best_count = start, count
    return best


class PostgresTsvectorBackend(RankedSearch):
    """tsvector index `articles_fts` (created by migration 0002 on PostgreSQL)."""

    _SQL = sa.text(
        f"""
        SELECT a.id, a.title, a.url, a.language, a.published, a.text,
               ts_rank(CAST(:weights AS real[]), f.tsv, CAST(:q AS tsquery))
               + ts_rank(CAST(:weights AS real[]), f.tsv, CAST(:typed AS tsquery)) AS score
        FROM {FTS_TABLE} AS f JOIN articles AS a ON a.doc = f.doc
        WHERE f.tsv @@ CAST(:q AS tsquery)
          AND (CAST(:language AS text) IS NULL OR a.language = :language)
          AND (CAST(:outlet AS text) IS NULL OR a.outlet = :outlet)
          AND (CAST(:since AS text) IS NULL OR a.published >= :since)
          AND (CAST(:until AS text) IS NULL OR a.published <= :until)
          AND (CAST(:actor AS text) IS NULL
               OR EXISTS (SELECT 1 FROM entities AS e WHERE e.actor_id = :actor AND e.doc = a.doc))
          AND (CAST(:event_type AS text) IS NULL
               OR EXISTS (SELECT 1 FROM events AS ev WHERE ev.type = :event_type AND ev.doc = a.doc))
        ORDER BY score DESC, a.doc
        LIMIT :limit
        """
    )
    # ts_rank's weights are {D, C, B, A}, each at most 1: text words are D, title words A.
    _WEIGHTS = "{%s, 0, 0, 1}" % (TEXT_WEIGHT / TITLE_WEIGHT)

    def ranked_hits(self, conn: Connection, terms: list, f: SearchFilter, wanted: int) -> list[Hit]:
        rows = conn.execute(self._SQL, {
            "q": tsquery_literal(terms), "typed": tsquery_literal(terms, typed_only=True),
            "weights": self._WEIGHTS, "limit": wanted,
            **filter_params(f),
        })
        marked, typed = match_set(terms), frozenset(match_set(terms, typed_only=True))
        return [Hit(id=r.id, title=r.title, snippet=snippet(r.text, marked, typed), score=float(r.score), url=r.url,
                    language=r.language, published=r.published) for r in rows]


def create_ddl() -> list[str]:
    t = FTS_TABLE
    return [
        f"CREATE TABLE {t} (doc INTEGER PRIMARY KEY REFERENCES articles (doc) ON DELETE CASCADE "
        "ON UPDATE CASCADE, tsv tsvector NOT NULL)",
        f"CREATE INDEX ix_{t}_tsv ON {t} USING gin (tsv)",
    ]


def index_stored(conn: Connection) -> None:
    """Index every article already stored (a database upgraded from before the index existed)."""
    for row in conn.execute(sa.text("SELECT doc, title, text FROM articles ORDER BY doc")).all():
        index_article(conn, row.doc, row.title, row.text)
