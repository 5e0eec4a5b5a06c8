"""A bare speaker region of four to six words ending in the head word of a body's name (the pack's
`body_heads`: "কমিটি", "কার্যালয়", "দপ্তর") is that body speaking: its registry actor, or nobody
named where the registry has none (rule body_headed_region); the sentences are written for these
tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import body_record


def _speakers(body: str, fragment: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in body_record(body).quotes if fragment in q.text]


def test_bn_long_name_ending_in_a_body_head_speaks():
    body = "জেলা প্রশাসনের সৈকত ব্যবস্থাপনা কমিটি জানিয়েছে, সংকেত না নামা পর্যন্ত পর্যটকদের সাগরে নামা বন্ধ থাকবে।"
    (quote,) = [q for q in body_record(body).quotes if "পর্যটকদের সাগরে" in q.text]
    assert quote.speaker is not None and quote.speaker.text == "জেলা প্রশাসনের সৈকত ব্যবস্থাপনা কমিটি"
    assert quote.speaker.actor is None  # (a description the registry lacks: no romanised provisional name)


def test_bn_body_head_before_a_bracketed_initialism_speaks():
    body = "জাতিসংঘের মানবিক সহায়তা সমন্বয় দপ্তর (ওচা) বলছে, বন্যাকবলিত এলাকায় খাবার পানির সংকট দেখা দিয়েছে।"
    (speaker,) = [q.speaker for q in body_record(body).quotes if "খাবার পানির" in q.text]
    assert speaker is not None and speaker.text.startswith("জাতিসংঘের মানবিক")


def test_bn_long_region_not_ending_in_a_body_head_stays_silent():
    body = "গ্রামের পুরোনো বাজারের পাশের চায়ের দোকানে বসে জানিয়েছে, সংকেত না নামা পর্যন্ত পর্যটকদের সাগরে নামা বন্ধ থাকবে।"
    assert _speakers(body, "পর্যটকদের সাগরে") in ([], [None])


def test_bn_body_head_written_with_a_synonym_resolves_to_the_registry_body():
    # (the registry knows OCHA as "... সমন্বয় কার্যালয়"; the press writes "দপ্তর" as often)
    body = "জাতিসংঘের মানবিক সহায়তা সমন্বয় দপ্তর (ওচা) বলছে, বন্যাকবলিত এলাকায় খাবার পানির সংকট দেখা দিয়েছে।"
    (quote,) = [q for q in body_record(body).quotes if "খাবার পানির" in q.text]
    assert quote.speaker.actor is not None and quote.speaker.actor.name == "OCHA"
