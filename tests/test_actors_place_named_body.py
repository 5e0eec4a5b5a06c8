"""An organisation span the NER found whole, a place the registry knows and then only words with
an English form ("রাজশাহী জেলা পুলিশ", "বগুড়া জেনারেল হাসপাতাল"), is a named body: a provisional
actor in English (provisional.Provisional._place_body), where before every word being a place or
a common word made it a description left unlinked. Body words without a place ("জেলা পুলিশ") stay
a description. Sentences written for this test."""
from __future__ import annotations

from actor_fixtures import actors_at, name_of


def _org(text: str, surface: str) -> str | None:
    a = actors_at(text, "bn", ("ORG", surface), published="2025-06-12")[surface]
    return name_of(a) if a is not None else None


def test_district_police_named_after_its_district():
    t = "রাজশাহী জেলা পুলিশের এক কর্মকর্তা জানান, অভিযানে দুজনকে আটক করা হয়েছে।"
    assert _org(t, "রাজশাহী জেলা পুলিশের") == "Rajshahi District Police"


def test_general_hospital_named_after_its_town():
    t = "আহতদের বগুড়া জেনারেল হাসপাতালে ভর্তি করা হয়েছে বলে স্বজনেরা জানান।"
    assert _org(t, "বগুড়া জেনারেল হাসপাতালে") == "Bogura General Hospital"


def test_body_words_without_a_place_stay_a_description():
    t = "জেলা পুলিশ এক বিবৃতিতে ঘটনার নিন্দা জানিয়েছে।"
    assert _org(t, "জেলা পুলিশ") is None
