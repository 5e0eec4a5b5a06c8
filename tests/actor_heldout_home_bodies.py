"""Held-out linking cases on a body named by a common phrase ("the interim government", "নির্বাচন
কমিশন") that the NER did not tag, written before the change they test and not tuned on: in an
article about the body's own country the phrase is that body; in an article about another country
it is not. Each case returns True when the linker does the right thing; the sentences are written
for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, id_of, link_spans

CASES, case = case_registry()


def linked(text: str, code: str, *ner: tuple, published: str) -> dict[str, str | None]:
    """Every entity the linker gives for the text and the NER spans given by hand as (type,
    surface): its surface -> its actor's id."""
    return {surface: id_of(actor) for surface, actor in link_spans(text, code, *ner, published=published).items()}


def holds(got: dict, phrase: str, actor_id: str | None) -> bool:
    """Some entity whose surface starts with the phrase links to `actor_id` (None: no entity
    there links to a registry actor of that phrase's body)."""
    hits = [a for s, a in got.items() if s.startswith(phrase)]
    return any(a == actor_id for a in hits) if actor_id else not any(a and not a.startswith("new:") for a in hits)


@case
def bn_interim_government_home():
    t = "ঢাকায় সোমবার অন্তর্বর্তী সরকারের উপদেষ্টা পরিষদের বৈঠকে প্রস্তাবটি অনুমোদন পায় বলে বাংলাদেশের কর্মকর্তারা জানান।"
    got = linked(t, "bn", ("GPE", "ঢাকায়"), ("GPE", "বাংলাদেশের"), published="2025-06-10")
    return holds(got, "অন্তর্বর্তী সরকার", "bangladesh-interim-government")


@case
def en_interim_government_home():
    t = "Officials in Dhaka said the interim government would publish the report after Bangladesh's polls."
    got = linked(t, "en", ("GPE", "Dhaka"), ("GPE", "Bangladesh"), published="2025-06-10")
    return holds(got, "interim government", "bangladesh-interim-government")


@case
def bn_election_commission_home():
    t = "রাজশাহীতে তফসিল ঘোষণার পর নির্বাচন কমিশনের সচিব বলেন, ভোট হবে ফেব্রুয়ারিতে; ঢাকায়ও প্রস্তুতি চলছে।"
    got = linked(t, "bn", ("GPE", "রাজশাহীতে"), ("GPE", "ঢাকায়ও"), published="2025-12-12")
    return holds(got, "নির্বাচন কমিশন", "bangladesh-election-commission")


@case
def en_home_ministry_home():
    t = "In Dhaka, the home ministry ordered extra police for Chattogram after the clashes."
    got = linked(t, "en", ("GPE", "Dhaka"), ("GPE", "Chattogram"), published="2025-12-12")
    return holds(got, "home ministry", "bangladesh-home-ministry")


# --- guards: another country's body, and no country at all
@case
def en_interim_government_nepal():
    t = "In Kathmandu, the interim government of Nepal set a date for polls as protests eased across Nepal."
    got = linked(t, "en", ("GPE", "Kathmandu"), ("GPE", "Nepal"), published="2025-09-20")
    return holds(got, "interim government", None)


@case
def bn_election_commission_india():
    t = "দিল্লিতে নির্বাচন কমিশন জানিয়েছে, ভারতের পশ্চিমবঙ্গে ভোট হবে এপ্রিলে।"
    got = linked(t, "bn", ("GPE", "দিল্লিতে"), ("GPE", "ভারতের"), published="2025-12-12")
    return holds(got, "নির্বাচন কমিশন", None)


@case
def en_interim_government_no_country():
    t = "An interim government is a common step after a coup, the professor said."
    got = linked(t, "en", published="2025-09-20")
    return holds(got, "interim government", None)
