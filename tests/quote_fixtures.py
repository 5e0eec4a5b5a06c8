"""Shared checks for the held-out quote sets run through the whole pipeline."""
from __future__ import annotations

import unicodedata

from khobor.record import Quote
from record_fixtures import record_of


def quotes_of(text: str, language: str = "bn", published: str = "2025-12-28", title: str = "") -> list[Quote]:
    """The quotes `process` finds in `text` (NFC) as an article in `language` headed `title`
    ("": untitled), published on `published`."""
    return record_of(text, language, published, title).quotes


def assert_speakers_by_actor_name(text: str, expected: list[tuple[str, str | None]], language: str = "bn",
                                  published: str = "2025-12-28", title: str = "") -> list[Quote]:
    """Every (fragment, actor name) of `expected`: a quote holding the fragment is found, and its
    speaker's actor has that English name (None: no actor). Returns the quotes found, for a
    caller's further checks without running the pipeline again."""
    quotes = quotes_of(text, language, published, title)
    for fragment, actor_name in expected:
        hits = [q for q in quotes if unicodedata.normalize("NFC", fragment) in q.text]
        assert hits, f"{fragment}: missed; quotes {[q.text for q in quotes]}"
        got = hits[0].speaker.actor if hits[0].speaker else None
        assert getattr(got, "name", None) == actor_name, (hits[0].speaker.text if hits[0].speaker else None)
    return quotes


def quote_speakers(text: str, language: str = "bn") -> list[tuple[str, str | None]]:
    """(text, speaker's actor name or None) of each quote found in `text`."""
    return [(q.text, q.speaker.actor.name if q.speaker and q.speaker.actor else None)
            for q in quotes_of(unicodedata.normalize("NFC", text), language)]


def speaker_of(text: str, fragment: str, language: str = "bn") -> str | None | bool:
    """The speaker's actor name of the first quote of `text` holding `fragment` (None: no actor);
    False where no quote holds it."""
    hits = [sp for q, sp in quote_speakers(text, language) if unicodedata.normalize("NFC", fragment) in q]
    return hits[0] if hits else False
