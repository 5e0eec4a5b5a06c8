"""Held-out cases on bus companies named by a name word and "পরিবহন" before the bus ("শ্যামলী
পরিবহনের একটি বাস"): the NER left them untagged, so a road-accident report lost the company
whose bus it was. Guards: "যাত্রী পরিবহনের", "পণ্য পরিবহনের" (carrying passengers, goods) are no
company. Whole-pipeline cases. Written before the change they test and not tuned on; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from khobor.pipeline import process
from khobor.ingest.jsonl import row_to_article

from actor_fixtures import case_registry

CASES, case = case_registry()


def _orgs(text: str) -> dict[str, str]:
    row = {"id": "heldout", "text": text, "language": "bn", "published": "2025-06-20"}
    rec = process(row_to_article(row, "heldout"))
    return {e.text: e.actor.name for e in rec.entities if e.actor is not None and e.type == "ORG"}


def _company(text: str, surface: str) -> bool:
    """The company is one ORG over its name word and "পরিবহন", named "... Paribahan"."""
    return any(surface in s and n.endswith("Paribahan") for s, n in _orgs(text).items())


@case
def bn_company_bus_overturned():
    t = "বরিশালগামী শ্যামলী পরিবহনের একটি বাস নিয়ন্ত্রণ হারিয়ে খাদে পড়ে যায়।"
    return _company(t, "শ্যামলী পরিবহন")


@case
def bn_company_driver_arrested():
    t = "পুলিশ জানায়, দুর্ঘটনার পর এনা পরিবহনের চালক পালিয়ে যান, পরে তাঁকে গ্রেপ্তার করা হয়।"
    return _company(t, "এনা পরিবহন")


@case
def bn_company_two_buses_collided():
    t = "মহাসড়কে দেশ ট্রাভেলস ও সাকুরা পরিবহনের দুটি বাসের মুখোমুখি সংঘর্ষে তিনজন নিহত হন।"
    return _company(t, "সাকুরা পরিবহন")


@case
def bn_company_bus_genitive():
    t = "আহতরা সবাই ইউনিক পরিবহনের বাসের যাত্রী ছিলেন বলে জানিয়েছেন হাইওয়ে থানার ওসি।"
    return _company(t, "ইউনিক পরিবহন")


@case
def bn_company_counter():
    t = "দুর্বৃত্তরা রাতে তিশা পরিবহনের কাউন্টারে আগুন দেয়।"
    return _company(t, "তিশা পরিবহন")


@case
def bn_company_bus_hit_van():
    t = "সকালে ঢাকা থেকে আসা সৌদিয়া পরিবহনের একটি বাস একটি ভ্যানকে ধাক্কা দেয়।"
    return _company(t, "সৌদিয়া পরিবহন")


@case
def bn_passenger_transport_is_no_company():
    t = "ঈদে যাত্রী পরিবহনের একটি বিশেষ পরিকল্পনা নিয়েছে মন্ত্রণালয়। পণ্য পরিবহনের বাস চলবে না।"
    return not any(n.endswith("Paribahan") for n in _orgs(t).values())
