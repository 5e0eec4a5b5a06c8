"""The held-out Bengali sets tests/quote_bn_heldout_document_pointed_back.py and
tests/quote_bn_heldout_speaker_goes_on.py through the whole pipeline."""
from __future__ import annotations

import pytest

from quote_bn_heldout_document_pointed_back import CASES as DOCUMENT_CASES
from quote_bn_heldout_speaker_goes_on import CASES as GOING_ON_CASES
from quote_fixtures import assert_speakers_by_actor_name, quotes_of


@pytest.mark.parametrize("name, text, expected", DOCUMENT_CASES, ids=[c[0] for c in DOCUMENT_CASES])
def test_document_pointed_back_speaks_for_its_issuer(name, text, expected):
    quotes = assert_speakers_by_actor_name(text, expected)
    for fragment, _ in expected:
        hit = next(q for q in quotes if fragment in q.text)
        assert hit.speaker.text == "এতে", hit.speaker.text


def test_a_document_named_with_no_issuer_before_speaks_for_nobody():
    text = ("শহরের তিনটি সড়কে যান চলাচল বন্ধ থাকবে। এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে। এতে বলা হয়, "
            "মেরামতের কাজ চলবে আগামী শুক্রবার পর্যন্ত।")
    hits = [q for q in quotes_of(text) if "মেরামতের কাজ চলবে" in q.text]
    assert hits and (hits[0].speaker is None or hits[0].speaker.actor is None), hits


@pytest.mark.parametrize("name, text, fragments", GOING_ON_CASES, ids=[c[0] for c in GOING_ON_CASES])
def test_pronoun_that_goes_on_is_the_speaker_named_far_back(name, text, fragments):
    quotes = quotes_of(text)
    named, pronoun = ([q for q in quotes if f in q.text] for f in fragments)
    assert named and pronoun, [q.text for q in quotes]
    assert named[0].speaker.actor is not None
    assert pronoun[0].speaker is not None and pronoun[0].speaker.text == "তিনি"
    assert pronoun[0].speaker.actor is not None and pronoun[0].speaker.actor.id == named[0].speaker.actor.id


def _pronoun_quote_without_going_on(case):
    name, text, (_, fragment) = case
    text = text.replace("তিনি আরও বলেন", "তিনি বলেন")
    hits = [q for q in quotes_of(text) if fragment in q.text]
    assert hits, name
    return hits[0]


def test_pronoun_without_going_on_stays_unresolved_far_back():
    """Without "আরও", eight sentences on, none of them in the speaker's own first person, the
    pronoun is not guessed (the limit of speaker_talks_on)."""
    doctor = next(c for c in GOING_ON_CASES if c[0] == "doctor_on_dengue")
    hit = _pronoun_quote_without_going_on(doctor)
    assert hit.speaker is None or hit.speaker.actor is None


def test_own_first_person_sentences_do_not_count_toward_the_limit():
    """The mayor's sentences between are his own words ("আমরা ... শুরু করছি"): own_words_units
    leaves them out of the count, so even without "আরও" the pronoun is the mayor."""
    mayor = next(c for c in GOING_ON_CASES if c[0] == "mayor_on_drains")
    hit = _pronoun_quote_without_going_on(mayor)
    assert hit.speaker is not None and hit.speaker.actor is not None
    assert hit.speaker.actor.name == "Mahbubur Rahman Chowdhury"
