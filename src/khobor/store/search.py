"""Full-text search: user text in, ranked hits with snippets out.

The store talks to a `SearchBackend` for its dialect: FTS5 here for SQLite, a tsvector index
fed with khobor's own words for PostgreSQL (pg_fts.py).

Query language, the same for every backend: words are AND-ed; `a OR b` takes either; "a quoted
phrase" must appear as written; everything else (FTS5 operators, brackets, stars, emoji) is plain
text. An OR with nothing on one side or an unclosed quote is a SearchSyntaxError naming it.
Words are cut with `khobor.textutil.words`, so Bengali words keep their vowel signs and virama.
A word matches its inflected forms, from its language's `lang/<code>/search.yaml`: "পুতিন" finds
"পুতিনের", "গল্পে" finds "গল্প", "protest" finds "protests"; never a bare prefix ("কাল" does
not find "কালো"). The typed form is listed twice, which bm25 rewards, so it ranks first.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import regex
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..clean.normalise import normalise_text
from ..textutil import fold_space, words
from . import fts
from .errors import StoreError

MAX_TERMS = 32
MAX_FORMS = 80
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


class SearchSyntaxError(StoreError):
    """A query that cannot mean anything: the message says what to fix."""


@dataclass(frozen=True)
class WordForms:
    """One language's search.yaml: endings added to a word, endings stripped to find its stem,
    spellings that are the same word."""
    endings: tuple[str, ...]
    strip: tuple[str, ...]
    min_stem: int
    same: tuple[tuple[str, str], ...]

    KEYS = frozenset({"endings", "strip", "min_stem", "same"})

    @classmethod
    @lru_cache(maxsize=None)
    def of(cls, code: str) -> "WordForms | None":
        from .. import lang
        pack = lang.load_or_none(code)
        data = pack.yaml("search", None) if pack is not None else None
        if not data:
            return None
        unknown = set(data) - cls.KEYS
        if unknown:
            raise ValueError(f"lang/{code}/search.yaml: unknown keys {sorted(unknown)} (known: {sorted(cls.KEYS)})")
        return cls(tuple(data["endings"]), tuple(sorted(data["strip"], key=len, reverse=True)),
                   int(data["min_stem"]), tuple(tuple(pair) for pair in data["same"]))

    def forms(self, word: str) -> list[str]:
        """The typed word first, then its stem, inflected forms and equal spellings.

        >>> WordForms(("ের", "ে"), ("ের", "ে"), 2, ()).forms("গল্পে")
        ['গল্পে', 'গল্প', 'গল্পের']
        """
        base = word
        for ending in self.strip:  # an inflected query word is inflected from its stem
            if word.endswith(ending) and len(word) - len(ending) >= self.min_stem:
                base = word[: -len(ending)]
                break
        forms = [word, base] + [base + ending for ending in self.endings]
        for a, b in self.same:
            forms += [f.replace(a, b) for f in forms if a in f] + [f.replace(b, a) for f in forms if b in f]
        return list(dict.fromkeys(forms))[:MAX_FORMS]


_BENGALI = regex.compile(r"\p{Bengali}")


def word_forms(word: str) -> list[str]:
    """The forms a query word matches, by its script's language ("en" for Latin script)."""
    rules = WordForms.of("bn" if _BENGALI.search(word) else "en")
    return rules.forms(word) if rules else [word]


def parse_query(query: str) -> list[list[list[str]]]:
    """User text -> clauses, AND-ed; each clause is a list of alternatives (OR); each alternative
    a list of words that must appear in that order (one word, or a quoted phrase).

    >>> parse_query('কলা OR কলি "কিম জং"')
    [[['কলা'], ['কলি']], [['কিম', 'জং']]]
    """
    query = normalise_text(query)  # the same normalisation as the stored text (NFC, no ZWNJ, ...)
    if query.count('"') % 2:
        raise SearchSyntaxError('an unclosed quote: close the phrase with " or remove the quote')
    pieces: list[list[str] | str] = []
    pos = 0
    for m in _PHRASE.finditer(query):
        pieces += _words_or_or(query[pos:m.start()])
        phrase = [w for _, _, w in words(m.group(1))]
        if phrase:
            pieces.append(phrase)
        pos = m.end()
    pieces += _words_or_or(query[pos:])
    return _or_groups(pieces)[:MAX_TERMS]


def _words_or_or(text: str) -> list[list[str] | str]:
    """Plain text -> one-word terms, with each standalone upper-case OR kept as the operator."""
    return ["OR" if w == "OR" else [w] for _, _, w in words(text)]


def _or_groups(pieces: list[list[str] | str]) -> list[list[list[str]]]:
    clauses: list[list[list[str]]] = []
    joining = False
    for i, piece in enumerate(pieces):
        if piece == "OR":
            if not clauses or joining or i == len(pieces) - 1:
                raise SearchSyntaxError("OR needs a word or phrase on each side, e.g. কলা OR কলি")
            joining = True
        elif joining:
            clauses[-1].append(piece)
            joining = False
        else:
            clauses.append([piece])
    return clauses


def _fts5_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _listed_forms(word: str) -> list[str]:
    """The forms a one-word alternative lists: the typed form twice (bm25 rewards it), then the rest."""
    forms = word_forms(word)
    return [forms[0], *forms]


def _alternative(phrase: list[str], indexed: frozenset[str] | None = None) -> str:
    if len(phrase) > 1:
        return _fts5_string(" ".join(phrase))
    listed = _listed_forms(phrase[0])
    if indexed is not None:  # the forms no article contains match nothing and add 0 to any bm25 score
        listed = [f for f in listed if f in indexed] or listed[:1]
    return " OR ".join(_fts5_string(f) for f in listed)


def fts5_match(clauses: list[list[list[str]]], indexed: frozenset[str] | None = None) -> str:
    """Clauses -> an FTS5 MATCH expression made only of quoted strings, so no user text is ever
    read as FTS5 syntax. With `indexed` (the word forms found in the index), a word's forms outside
    it are left out: the same matches and the same scores, without FTS5 merging and scoring empty
    lists for every row (a Bengali word lists about 30 forms, most of which no article contains).

    >>> fts5_match([[["river"]]], indexed=frozenset({"river", "rivers"}))
    '("river" OR "river" OR "rivers")'
    """
    return " AND ".join("(" + " OR ".join(_alternative(alt, indexed) for alt in clause) + ")" for clause in clauses)


MAX_PROBED_FORMS = 400  # under SQLite's limit of 500 SELECTs in one compound statement


def one_word_forms(clauses: list[list[list[str]]]) -> list[str]:
    """Every form the one-word alternatives of a parsed query list, each once."""
    return list(dict.fromkeys(f for clause in clauses for alt in clause if len(alt) == 1
                              for f in _listed_forms(alt[0])))


@dataclass(frozen=True)
class SearchFilter:
    """Which articles a search may return (None: any). `actor` and `event_type` are stored values
    (an actor id, a PLOVER type); `user_filter` turns what a user typed into them, or says why not."""
    language: str | None = None
    outlet: str | None = None
    since: str | None = None  # published on or after, YYYY-MM-DD
    until: str | None = None  # published on or before
    actor: str | None = None  # only articles with a mention linked to this actor id
    event_type: str | None = None  # only articles with at least one event of this PLOVER type


class SearchFilterError(StoreError):
    """A filter value that names nothing khobor knows; `parameter` says which filter."""

    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter


def event_type_named(name: str) -> str:
    """A PLOVER type as typed, in any case -> the type as stored; anything else is an error.

    >>> event_type_named("protest")
    'PROTEST'
    """
    from typing import get_args
    from ..record import PloverType
    known = get_args(PloverType)
    if name.strip().upper() in known:
        return name.strip().upper()
    raise SearchFilterError("event_type", f"not a PLOVER event type: {name!r} (one of {', '.join(known)})")


def actor_id_named(conn: Connection, name: str) -> str:
    """An actor id or a name in either script -> the actor id to filter on. The id of a registry
    actor, or one this store links to, is taken as given; a name must be a registry alias (exact,
    or with a case ending: "পুতিনের"), never a fuzzy guess, since a wrong actor is worse than none.
    ("Putin", "পুতিন" and "vladimir-putin" all give "vladimir-putin".)"""
    from ..actors.link import get_registry
    from .queries import actor_known
    typed = fold_space(normalise_text(name)).strip()
    if typed in get_registry().actors or (typed and actor_known(conn, typed)):
        return typed
    found = registry_actor(typed)
    if found is not None:
        return found
    raise SearchFilterError("actor", f"no actor {name!r}: give an actor id (e.g. vladimir-putin) or a name the "
                                     "actor registry knows (e.g. Putin or পুতিন); `khobor actors show NAME` "
                                     "looks one up")


def user_filter(conn: Connection, *, language: str | None = None, outlet: str | None = None,
                since: str | None = None, until: str | None = None, actor: str | None = None,
                event_type: str | None = None) -> SearchFilter:
    """Filter values as a user typed them (CLI, API, web form) -> a SearchFilter, the actor
    resolved to its id and the event type checked; a SearchFilterError says what is wrong."""
    return SearchFilter(language=language or None, outlet=outlet or None, since=since or None, until=until or None,
                        actor=actor_id_named(conn, actor) if actor else None,
                        event_type=event_type_named(event_type) if event_type else None)


def filter_params(f: SearchFilter) -> dict:
    """The bound parameters of a backend's filter conditions (None: that filter is off)."""
    return {"language": f.language, "outlet": f.outlet, "since": f.since, "until": f.until,
            "actor": f.actor, "event_type": f.event_type}


class SearchBackend(Protocol):
    def search(self, conn: Connection, query: str, limit: int, *, offset: int = 0,
               filters: SearchFilter | None = None) -> list[Hit]: ...


class RankedSearch:
    """What every backend's search shares: the parsed query, the page window, and the articles
    linked to the actor the query names after the ranked full-text hits. A backend gives
    `ranked_hits`: its own index's best `wanted` hits."""

    def ranked_hits(self, conn: Connection, terms: list, f: SearchFilter, wanted: int) -> list[Hit]:
        raise NotImplementedError

    def search(self, conn: Connection, query: str, limit: int, *, offset: int = 0,
               filters: SearchFilter | None = None) -> list[Hit]:
        terms = parse_query(query)
        if not terms or limit <= 0:
            return []
        f = filters or SearchFilter()
        wanted = max(offset, 0) + limit
        hits = self.ranked_hits(conn, terms, f, wanted)
        if len(hits) < wanted:  # then the articles linked to the actor the query names, in any script
            hits += _actor_hits(conn, actors_named(terms), f, {h.id for h in hits}, wanted - len(hits))
        return hits[max(offset, 0):wanted]


class SqliteFts5Backend(RankedSearch):
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
          AND (:actor IS NULL OR EXISTS (SELECT 1 FROM entities AS e WHERE e.actor_id = :actor AND e.doc = a.doc))
          AND (:event_type IS NULL OR EXISTS (SELECT 1 FROM events AS ev WHERE ev.type = :event_type
                                                                           AND ev.doc = a.doc))
        ORDER BY {fts.FTS_TABLE}.rank
        LIMIT :limit OFFSET :offset
        """
    )
    # Ranking by FTS5's own `rank` column (rather than ORDER BY bm25(...)) lets FTS5 sort and
    # stop at LIMIT itself, so snippet() runs for the returned rows only: 3x faster (bench/).
    _RANK_FN = f"bm25({TITLE_WEIGHT}, {TEXT_WEIGHT})"

    @staticmethod
    def indexed_forms(conn: Connection, forms: list[str]) -> frozenset[str] | None:
        """Which of these word forms some article contains: one index probe each, in one statement
        (about 0.3 ms for 30 forms, against ~4 ms that 30 empty forms add to ranking 10,000
        matches); None when there are too many to probe."""
        if not forms or len(forms) > MAX_PROBED_FORMS:
            return None
        probe = f"SELECT {{n}} FROM (SELECT 1 FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ? LIMIT 1)"
        sql = " UNION ALL ".join(probe.format(n=n) for n in range(len(forms)))
        found = conn.exec_driver_sql(sql, tuple(_fts5_string(f) for f in forms)).scalars().all()
        return frozenset(forms[n] for n in found)

    def ranked_hits(self, conn: Connection, terms: list, f: SearchFilter, wanted: int) -> list[Hit]:
        indexed = self.indexed_forms(conn, one_word_forms(terms))
        rows = conn.execute(self._SQL, {
            "q": fts5_match(terms, indexed), "limit": wanted, "offset": 0,
            **filter_params(f),
            "s0": SNIPPET_START, "s1": SNIPPET_END, "ell": SNIPPET_ELLIPSIS, "ntok": SNIPPET_TOKENS,
            "rank_fn": self._RANK_FN,
        })
        return [Hit(id=r.id, title=r.title, snippet=fold_space(r.snippet), score=-r.rank, url=r.url,
                    language=r.language, published=r.published) for r in rows]


def registry_actor(name: str) -> str | None:
    """The id of the registry actor `name` is an alias of: exactly, or with a case ending
    ("পুতিনের"), or after an honorific or article ("Mr Putin"). Never a fuzzy, role or demonym
    match: those are guesses, and a search must not widen or narrow on a guess. (Looking up only
    the aliases also skips the fuzzy scan, which cost a search with few hits up to 16 ms.)"""
    from ..actors.keys import key_tokens
    from ..actors.link import get_registry
    registry = get_registry()
    lang = registry.info(None)
    toks = key_tokens(name)
    core = toks
    while len(core) > 1 and core[0] in lang.honorifics | lang.articles:
        core = core[1:]
    for candidate in dict.fromkeys((toks, core)):
        match = registry.lookup(candidate, lang, None) if candidate else None
        if match:
            return None if match.demonym else match.actor.id
    return None


def actors_named(terms: list[list[list[str]]]) -> list[str]:
    """The registry actor a one-name query names exactly ("পুতিন", "Putin" -> vladimir-putin), so
    a name in either script finds the articles linked to that actor. Fuzzy matches never count."""
    if len(terms) != 1 or len(terms[0]) != 1:
        return []
    found = registry_actor(" ".join(terms[0][0]))
    return [found] if found else []


def _actor_hits(conn: Connection, actor_ids: list[str], f: SearchFilter, seen: set[str], limit: int) -> list[Hit]:
    from .queries import article_where
    from .schema import articles, entities
    hits: list[Hit] = []
    for actor in actor_ids:
        first = sa.func.min(entities.c.start).label("start")
        rows = conn.execute(
            sa.select(articles.c.id, articles.c.title, articles.c.url, articles.c.language, articles.c.published,
                      articles.c.text, first, sa.func.min(entities.c.end).label("end"))
            .join(entities, entities.c.doc == articles.c.doc)
            .where(entities.c.actor_id == actor, *article_where(f))
            .group_by(articles.c.id, articles.c.doc)  # by the primary key, which PostgreSQL needs
            .order_by(articles.c.published.desc().nulls_last(), articles.c.doc.desc())
            .limit(limit + len(seen)))
        for r in rows:
            if r.id not in seen and len(hits) < limit:
                seen.add(r.id)
                hits.append(Hit(id=r.id, title=r.title, snippet=_mention_snippet(r.text, r.start, r.end), score=0.0,
                                url=r.url, language=r.language, published=r.published))
    return hits


def _mention_snippet(text: str, start: int, end: int, width: int = 60) -> str:
    """One line around an actor's first mention, the mention inside «…» (as FTS5 snippets mark)."""
    before, after = text[max(0, start - width):start], text[end:end + width]
    return fold_space(("…" if start > width else "") + before + SNIPPET_START + text[start:end] + SNIPPET_END
                      + after + ("…" if end + width < len(text) else ""))
