"""Records for the exports, API and web tests, written for them (no sentence comes from
../shared/corpus): two Bengali and two English articles with entities, quotes, times and events
placed by hand, and one hostile article whose text carries markup.

`records()` returns them; `build_store(path, extra=())` stores them (and any extra records).
"""
from __future__ import annotations

import unicodedata

from khobor.record import (Actor, Entity, Event, Location, Quote, Record, Span, Speaker, TimeExpr,
                           Trigger, record_id)
from khobor.store import open_store

RAHIM = Actor(id="test-rahim-uddin", name="Rahim Uddin", country="BGD", sector="GOV")
KARIM = Actor(id="test-karim-ali", name="Karim Ali", country="BGD", sector="OPP")
DOE = Actor(id="test-jane-doe", name="Jane Doe", country="GBR", sector="GOV")
NORTHLAND = Actor(id="test-northland", name="Northland", country="NLD", sector=None)


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _record(text: str, *, language: str, published: str, outlet: str, url: str) -> Record:
    text = unicodedata.normalize("NFC", text)
    title = text.split("\n", 1)[0]
    sentences, pos = [], 0
    for line in text.split("\n"):
        sentences.append(Span(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return Record(id=record_id(text), text=text, title=title, url=url, outlet=outlet, language=language,
                  published=published, sentences=sentences)


def _entity(rec: Record, part: str, type_: str, actor: Actor | None = None, nth: int = 0) -> Entity:
    s, e = _at(rec.text, part, nth)
    return Entity(start=s, end=e, text=part, type=type_, actor=actor)


def _quote(rec: Record, words: str, speaker: str, actor: Actor | None, kind: str = "direct",
           cue: str | None = None, nth: int = 0) -> Quote:
    s, e = _at(rec.text, words)
    ss, se = _at(rec.text, speaker, nth)
    return Quote(start=s, end=e, text=words, kind=kind, cue=cue,
                 speaker=Speaker(start=ss, end=se, text=speaker, actor=actor))


def _event(rec: Record, trigger: str, type_: str, actors, recipients=(), *, sentence: int,
           confidence: float, modality: str = "asserted", date: str | None = None,
           place: tuple[str, str, str] | None = None) -> Event:
    s, e = _at(rec.text, trigger)
    loc = None
    if place:
        ls, le = _at(rec.text, place[0])
        loc = Location(start=ls, end=le, text=place[0], name=place[1], country=place[2])
    return Event(type=type_, actors=list(actors), recipients=list(recipients), sentence=sentence,
                 trigger=Trigger(start=s, end=e, text=trigger), confidence=confidence,
                 modality=modality, date=date, location=loc)


def bn_meeting() -> Record:
    rec = _record(
        "রহিম উদ্দিন ও করিম আলীর বৈঠক\n"
        "মন্ত্রী রহিম উদ্দিন বুধবার খুলনায় বিরোধী নেতা করিম আলীর সঙ্গে বৈঠক করেন।\n"
        "\"আমরা একসঙ্গে কাজ করব,\" রহিম উদ্দিন বলেন।",
        language="bn", published="2024-03-06", outlet="দৈনিক পরীক্ষা", url="https://example.test/bn/1")
    rec.entities = [_entity(rec, "রহিম উদ্দিন", "PER", RAHIM, 1), _entity(rec, "খুলনায়", "LOC"),
                    _entity(rec, "করিম আলীর", "PER", KARIM, 1), _entity(rec, "রহিম উদ্দিন", "PER", RAHIM, 2)]
    rec.times = [TimeExpr(start=_at(rec.text, "বুধবার")[0], end=_at(rec.text, "বুধবার")[1], text="বুধবার",
                          value="2024-03-06")]
    rec.quotes = [_quote(rec, "আমরা একসঙ্গে কাজ করব", "রহিম উদ্দিন", RAHIM, cue="বলেন", nth=2)]
    rec.events = [_event(rec, "বৈঠক করেন", "CONSULT", [RAHIM], [KARIM], sentence=1, confidence=0.91,
                         date="2024-03-06", place=("খুলনায়", "Khulna", "BGD"))]
    return rec


def bn_protest() -> Record:
    rec = _record(
        "খুলনায় বিক্ষোভ\n"
        "করিম আলীর সমর্থকেরা শুক্রবার খুলনায় বিক্ষোভ করেছেন।\n"
        "করিম আলী বলেন, সরকার দাবি না মানলে আন্দোলন চলবে।",
        language="bn", published="2024-03-08", outlet="দৈনিক পরীক্ষা", url="https://example.test/bn/2")
    rec.entities = [_entity(rec, "করিম আলীর", "PER", KARIM), _entity(rec, "করিম আলী", "PER", KARIM, 1)]
    rec.quotes = [_quote(rec, "সরকার দাবি না মানলে আন্দোলন চলবে", "করিম আলী", KARIM, kind="indirect",
                         cue="বলেন", nth=1)]
    rec.events = [_event(rec, "বিক্ষোভ করেছেন", "PROTEST", [KARIM], [], sentence=1, confidence=0.7,
                         date="2024-03-08")]
    return rec


def en_talks() -> Record:
    rec = _record(
        "Doe and Rahim Uddin hold talks in Dhaka\n"
        "Foreign Secretary Jane Doe met minister Rahim Uddin in Dhaka on Tuesday.\n"
        "\"We agreed to meet again,\" Doe said.\n"
        "Northland may impose new tariffs, officials warned.",
        language="en", published="2024-04-02", outlet="The Test Times", url="https://example.test/en/1")
    rec.entities = [_entity(rec, "Jane Doe", "PER", DOE), _entity(rec, "Rahim Uddin", "PER", RAHIM, 1),
                    _entity(rec, "Dhaka", "LOC", None, 1), _entity(rec, "Northland", "GPE", NORTHLAND)]
    rec.quotes = [_quote(rec, "We agreed to meet again", "Doe", DOE, cue="said", nth=2)]
    rec.events = [
        _event(rec, "met", "CONSULT", [DOE], [RAHIM], sentence=1, confidence=0.95, date="2024-04-02",
               place=("Dhaka", "Dhaka", "BGD")),
        _event(rec, "impose new tariffs", "SANCTION", [NORTHLAND], [], sentence=3, confidence=0.55,
               modality="possible"),
    ]
    return rec


def en_hostile() -> Record:
    """An article whose text and title carry markup that must never run in a page."""
    rec = _record(
        "Markup <script>alert('title')</script> test\n"
        "A reader wrote <script>alert(1)</script> and <img src=x onerror=alert(2)> into the page.\n"
        "Jane Doe said the page was safe.",
        language="en", published="2024-05-01", outlet="<b>Bold Outlet</b>", url="https://example.test/en/2")
    rec.entities = [_entity(rec, "<script>alert(1)</script>", "MISC"), _entity(rec, "Jane Doe", "PER", DOE)]
    rec.quotes = [_quote(rec, "the page was safe", "Jane Doe", DOE, kind="indirect", cue="said")]
    return rec


def records() -> list[Record]:
    return [bn_meeting(), bn_protest(), en_talks(), en_hostile()]


def build_store(path, extra=()):
    with open_store(str(path)) as store:
        for rec in [*records(), *extra]:
            store.put(rec)
    return str(path)
