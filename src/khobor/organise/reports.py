"""`khobor stories rebuild`: group the stored articles into reports (near-duplicate copies).

    stats = rebuild(store)            # reads every text once, in day order; replaces the table
    stats.articles, stats.copies, stats.reports_with_copies

The grouping itself is khobor.organise.duplicates; this module reads the store and writes the
`reports` table (migration 0004_reports) in one transaction, so readers see the old grouping or
the new one, never half of each.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterator

import sqlalchemy as sa

from ..store import Store
from ..store.schema import articles, reports
from .duplicates import THRESHOLD, Article, body_of, name_words, report_groups, words_and_sentences

BATCH = 500  # texts read at a time


@dataclass(frozen=True)
class RebuildStats:
    articles: int
    copies: int
    reports_with_copies: int


def day_order(store: Store) -> list[tuple[str, int]]:
    """(day, doc) of every stored article, oldest day first: its publication date, else the day
    it was stored (a copy is looked for among the articles of the days around it)."""
    with store.reading() as conn:
        rows = conn.execute(sa.select(articles.c.doc, articles.c.published, articles.c.stored_at)).all()
    days = [(r.published or (r.stored_at.date().isoformat() if r.stored_at else "9999-12-31"), r.doc) for r in rows]
    return sorted(days)


def articles_in_day_order(store: Store) -> Iterator[Article]:
    """What the copy test reads of each stored article, in day order, BATCH texts at a time."""
    order = day_order(store)
    cols = (articles.c.doc, articles.c.text, articles.c.title, articles.c.outlet, articles.c.language,
            articles.c.record)
    for lo in range(0, len(order), BATCH):
        chunk = order[lo:lo + BATCH]
        with store.reading() as conn:
            rows = {r.doc: r for r in conn.execute(sa.select(*cols).where(articles.c.doc.in_([d for _, d in chunk])))}
        for day, doc in chunk:
            r = rows.get(doc)
            if r is not None:
                tokens, sentences = words_and_sentences(body_of(r.text, r.title))
                yield Article(doc, day, tokens, r.outlet, r.title, r.language, sentences, names=_names(r))


def _names(row) -> dict[str, str]:
    """The words of the names a stored article's record holds (duplicates.name_words); {} when
    its record is unreadable."""
    try:
        entities = json.loads(row.record or "{}").get("entities") or []
    except (ValueError, AttributeError):
        return {}
    return name_words(row.text or "", entities)


def rebuild(store: Store, threshold: float = THRESHOLD) -> RebuildStats:
    seen = 0

    def counted():
        nonlocal seen
        for art in articles_in_day_order(store):
            seen += 1
            yield art

    copies = report_groups(counted(), threshold)
    with store.writing() as conn:
        conn.execute(sa.delete(reports))
        if copies:
            conn.execute(reports.insert(), [{"doc": c.doc, "report_doc": c.report, "similarity": c.similarity}
                                            for c in copies])
    return RebuildStats(seen, len(copies), len({c.report for c in copies}))
