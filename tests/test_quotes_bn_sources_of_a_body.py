"""A body's sources (rule sources_of_a_body, issue 10): "X সূত্রে জানা গেছে, ..." reports what
sources at X gave out, unnamed; the words stay a quote, with no actor for its speaker. A body
cited ("X-এর বরাতে") or speaking itself ("X জানিয়েছে") still speaks."""
from __future__ import annotations

import unicodedata

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.record import Actor, Entity, Record, record_id

BANK = Actor(id="nadi-bank", name="Nadi Bank", country="BGD", sector="BUS")


def _quotes(text: str, body: str = "নদী ব্যাংক") -> list[tuple[str, str | None]]:
    """The quotes of `text` (text, speaker's actor name) with `body` placed as an ORG entity."""
    text = unicodedata.normalize("NFC", text)
    at = text.index(body)
    ents = [Entity(text=body, start=at, end=at + len(body), type="ORG", actor=BANK)]
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-06-01", entities=ents)
    quotes.run(rec, lang.load("bn"))
    return [(q.text.rstrip("।,"), q.speaker.actor.name if q.speaker and q.speaker.actor else None) for q in rec.quotes]


def test_words_from_sources_at_a_body_are_nobody_named():
    assert _quotes("নদী ব্যাংক সূত্রে জানা গেছে, শহরের তিনটি শাখা আগামী মাসে বন্ধ হবে।") == [
        ("শহরের তিনটি শাখা আগামী মাসে বন্ধ হবে", None)]


def test_a_body_that_says_so_itself_still_speaks():
    assert _quotes("নদী ব্যাংক জানিয়েছে, শহরের তিনটি শাখা আগামী মাসে বন্ধ হবে।") == [
        ("শহরের তিনটি শাখা আগামী মাসে বন্ধ হবে", "Nadi Bank")]
    assert _quotes("নদী ব্যাংকের বরাতে জানা গেছে, শহরের তিনটি শাখা আগামী মাসে বন্ধ হবে।", "নদী ব্যাংকের") == [
        ("শহরের তিনটি শাখা আগামী মাসে বন্ধ হবে", "Nadi Bank")]
