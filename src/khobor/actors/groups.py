"""The last extraction stage: peoples, religions and nationalities leave `entities` for `groups`.

Reads `entities` (typed by the actors stage); writes `groups` and `entities`.

"Rohingya", "মুসলিমদের", "Indian" name groups of people, not a person, body or place: the gold
guidelines (eval/GUIDELINES.md, N1) count no demonym or nationality adjective as an entity, and
an analyst reading `entities` expects named things. The actors stage still types them NORP,
because the quotes and events stages read them ("Rohingya refugees protested" has a group as its
actor); once every stage that reads them has run, they move to the record's `groups`, so nothing
found is lost.

    >>> from khobor.record import Entity, Record
    >>> rec = Record(id="x", text="Indian officials met Rohingya leaders.",
    ...              entities=[Entity(text="Indian", start=0, end=6, type="NORP"),
    ...                        Entity(text="Rohingya", start=21, end=29, type="NORP")])
    >>> run(rec, None)
    >>> [e.text for e in rec.groups], rec.entities
    (['Indian', 'Rohingya'], [])
"""
from __future__ import annotations

from ..record import Record

GROUP_TYPES = frozenset({"NORP"})


def run(rec: Record, pack=None, **_options) -> None:
    """Move the entities of a group type, in order, from `rec.entities` to `rec.groups`."""
    rec.groups = [*rec.groups, *(e for e in rec.entities if e.type in GROUP_TYPES)]
    rec.entities = [e for e in rec.entities if e.type not in GROUP_TYPES]
