"""`actors.context.bus_company` takes the NER's own guess over a bus company's words away only
when the company takes its place: where no company can be made of the words (no romanisation),
the NER's mention stays (it was once dropped for nothing)."""
from __future__ import annotations

from actor_fixtures import actors_at

from khobor.actors import context

SENTENCE = "ঢাকাগামী রয়েল পরিবহনের একটি বাস খাদে পড়ে যায়।"


def test_a_company_replaces_the_ner_guess():
    got = actors_at(SENTENCE, "bn", ("PER", "রয়েল পরিবহনের"), published="2025-04-03")
    actor = got["রয়েল পরিবহনের"]
    assert actor is not None and actor.sector == "BUS" and actor.name == "Royal Paribahan"


def test_no_company_keeps_the_ner_mention(monkeypatch):
    monkeypatch.setattr(context, "romanise", lambda *a, **k: "")
    got = actors_at(SENTENCE, "bn", ("PER", "রয়েল পরিবহনের"), published="2025-04-03")
    assert got["রয়েল পরিবহনের"] is not None
