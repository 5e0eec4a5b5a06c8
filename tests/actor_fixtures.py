"""Run the actor stage over a written sentence with NER spans given by hand (actor tests)."""
from __future__ import annotations

from khobor import lang
from khobor.actors.link import run
from khobor.record import Entity, Record, Span, record_id


def link_spans(text: str, code: str, *ner: tuple, published: str | None) -> dict[str, object]:
    """The actor each NER span links to, by its surface; `ner` holds (type, surface[, nth]),
    nth counting the surface's occurrences from 1 (default: the first)."""
    ents = []
    for typ, surface, *nth in ner:
        start = -1
        for _ in range((nth or [1])[0]):
            start = text.index(surface, start + 1)
        ents.append(Entity(text=surface, start=start, end=start + len(surface), type=typ))
    rec = Record(id=record_id(text), text=text, language=code, published=published,
                 sentences=[Span(start=0, end=len(text))], entities=ents)
    run(rec, lang.load(code))
    return {e.text: e.actor for e in rec.entities}
