"""A body with dates of its own (the overlay's `from`/`to` on an organisation): it exists only
between them, survives the registry's JSON form, and home_body_phrases does not give it to a
sentence about years it did not exist in. Every text here is written for these tests."""
from __future__ import annotations

from actor_fixtures import link_spans
from khobor.actors.link import get_registry
from khobor.actors.model import ActorRecord


def test_a_body_exists_only_between_its_dates():
    body = ActorRecord(id="x", name="X Council", type="ORG", start="2024-08-08", end="2026-02-17")
    assert body.exists_on("2025-01-01") and body.exists_on("2024") and body.exists_on("2026")
    assert not body.exists_on("2024-08-07") and not body.exists_on("1991") and not body.exists_on("2027-01-01")
    assert body.exists_on(None)


def test_a_bodys_dates_survive_the_registry_line():
    body = ActorRecord(id="x", name="X Council", type="ORG", start="2024-08-08")
    again = ActorRecord.from_json(body.to_json())
    assert (again.start, again.end) == ("2024-08-08", None)
    assert "end" not in body.to_json()


def test_the_interim_government_is_dated_in_the_registry():
    assert get_registry().actors["bangladesh-interim-government"].start == "2024-08-08"


def test_an_article_from_before_the_body_does_not_get_it():
    text = "ঢাকায় অন্তর্বর্তী সরকারের উপদেষ্টারা রোববার বাংলাদেশের নির্বাচনের দিন ঠিক করেন।"
    got = link_spans(text, "bn", ("GPE", "ঢাকায়"), ("GPE", "বাংলাদেশের"), published="2008-03-02")
    assert not any(getattr(a, "id", None) == "bangladesh-interim-government" for a in got.values())
    got = link_spans(text, "bn", ("GPE", "ঢাকায়"), ("GPE", "বাংলাদেশের"), published="2025-03-02")
    assert any(getattr(a, "id", None) == "bangladesh-interim-government" for a in got.values())
