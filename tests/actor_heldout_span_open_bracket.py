"""Held-out cases on a name the NER tags with the opening bracket of the acronym written after it
("বাংলাদেশ পানি উন্নয়ন বোর্ড (পাউবো)" -> the span "বাংলাদেশ পানি উন্নয়ন বোর্ড ("): where the
registry knows the name the span kept the bracket, an entity ending in " (". The span ends at the
name, before the bracket and its space. Guard: a span with no bracket keeps its end.
Written before the change they test and not tuned on; each case returns True when the linker
does the right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, link_spans

CASES, case = case_registry()
PUBLISHED = "2025-07-09"


def _surfaces(text: str, code: str, *ner: tuple) -> set[str]:
    return set(link_spans(text, code, *ner, published=PUBLISHED))


@case
def bn_water_board_before_its_acronym():
    t = "বাংলাদেশ পানি উন্নয়ন বোর্ড (পাউবো) বাঁধ মেরামত শুরু করেছে।"
    return "বাংলাদেশ পানি উন্নয়ন বোর্ড" in _surfaces(t, "bn", ("ORG", "বাংলাদেশ পানি উন্নয়ন বোর্ড ("))


@case
def bn_election_commission_before_its_acronym():
    t = "সভায় বাংলাদেশ নির্বাচন কমিশন (ইসি) নতুন নির্দেশনা দেয়।"
    return "বাংলাদেশ নির্বাচন কমিশন" in _surfaces(t, "bn", ("ORG", "বাংলাদেশ নির্বাচন কমিশন ("))


@case
def bn_anti_corruption_commission_before_its_acronym():
    t = "দুর্নীতি দমন কমিশন (দুদক) মামলাটি করেছে বলে জানা গেছে।"
    return "দুর্নীতি দমন কমিশন" in _surfaces(t, "bn", ("ORG", "দুর্নীতি দমন কমিশন ("))


@case
def bn_regulator_before_its_acronym():
    t = "বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন (বিটিআরসি) নতুন নির্দেশনা দিয়েছে।"
    return "বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন" in _surfaces(
        t, "bn", ("ORG", "বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন ("))


@case
def en_revenue_board_before_its_acronym():
    t = "The National Board of Revenue (NBR) extended the deadline."
    return "National Board of Revenue" in _surfaces(t, "en", ("ORG", "National Board of Revenue ("))


@case
def bn_no_entity_ends_in_a_bracket():
    t = "জাতীয় রাজস্ব বোর্ড (এনবিআর) সময় বাড়িয়েছে।"
    return not any(s.rstrip().endswith("(") for s in _surfaces(t, "bn", ("ORG", "জাতীয় রাজস্ব বোর্ড (")))


# --- guard: a span with no bracket keeps its end
@case
def bn_guard_span_without_bracket_kept():
    t = "জাতীয় রাজস্ব বোর্ড রিটার্ন জমার সময় বাড়িয়েছে।"
    return "জাতীয় রাজস্ব বোর্ড" in _surfaces(t, "bn", ("ORG", "জাতীয় রাজস্ব বোর্ড"))
