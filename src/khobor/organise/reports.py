"""`khobor stories rebuild`: group the stored articles into reports (near-duplicate copies).

    stats = rebuild(store)            # reads every text once, in stored order; replaces the table
    stats.articles, stats.copies, stats.reports_with_copies

The grouping itself is khobor.organise.duplicates; this module reads the store and writes the
`reports` table (migration 0004_reports) in one transaction, so readers see the old grouping or
the new one, never half of each.
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from ..store import Store
from ..store.queries import iter_texts
from ..store.schema import reports
from .duplicates import THRESHOLD, report_groups


@dataclass(frozen=True)
class RebuildStats:
    articles: int
    copies: int
    reports_with_copies: int


def rebuild(store: Store, threshold: float = THRESHOLD) -> RebuildStats:
    seen = 0

    def counted():
        nonlocal seen
        for doc, text in iter_texts(store):
            seen += 1
            yield doc, text

    copies = report_groups(counted(), threshold)
    with store.writing() as conn:
        conn.execute(sa.delete(reports))
        if copies:
            conn.execute(reports.insert(), [{"doc": c.doc, "report_doc": c.report, "similarity": c.similarity}
                                            for c in copies])
    return RebuildStats(seen, len(copies), len({c.report for c in copies}))
