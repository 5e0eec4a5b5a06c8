"""Held-out cases on an upazila's or a district's fire station named as the place and the
service's short name ("শিবচর ফায়ার সার্ভিসের", "কালীগঞ্জ ফায়ার সার্ভিস"): the station, not the
national Fire Service and Civil Defence; the full name of the service and the bare service stay
the national body. Whole-pipeline cases. Written before the change they test and not tuned on; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from khobor.pipeline import process
from khobor.ingest.jsonl import row_to_article

from actor_fixtures import case_registry

CASES, case = case_registry()
NATIONAL = "Bangladesh Fire Service and Civil Defence"


def _bodies(text: str) -> dict[str, str]:
    row = {"id": "heldout", "text": text, "language": "bn", "published": "2025-11-02"}
    rec = process(row_to_article(row, "heldout"))
    return {e.text: e.actor.name for e in rec.entities if e.actor is not None and e.type == "ORG"}


def _station(text: str, place_en: str) -> bool:
    names = _bodies(text).values()
    return any(n.startswith(place_en) and n.endswith("Fire Service Station") for n in names) and NATIONAL not in names


@case
def bn_station_officer_genitive():
    t = "সীতাকুণ্ড ফায়ার সার্ভিসের স্টেশন কর্মকর্তা নুরুল আলম জানান, তিনটি ইউনিট দুই ঘণ্টা চেষ্টা করে আগুন নেভায়।"
    return _station(t, "Sitakunda")


@case
def bn_station_bare_with_police():
    t = "খবর পেয়ে রাজৈর ফায়ার সার্ভিস ও পুলিশ ঘটনাস্থলে গিয়ে আহতদের উদ্ধার করে।"
    return _station(t, "Rajoir")


@case
def bn_station_divers_locative():
    t = "নিখোঁজ শিশুর খোঁজে গাইবান্ধা ফায়ার সার্ভিসের ডুবুরি দল সন্ধ্যা পর্যন্ত নদীতে তল্লাশি চালায়।"
    return _station(t, "Gaibandha")


@case
def bn_station_sent_units():
    t = "আগুনের খবর পেয়ে বেলকুচি ফায়ার সার্ভিসের দুটি ইউনিট রাত একটার দিকে বাজারে পৌঁছায়।"
    return _station(t, "Belkuchi")


@case
def bn_station_officer_said():
    t = "মুরাদনগর ফায়ার সার্ভিসের জ্যেষ্ঠ স্টেশন কর্মকর্তা বলেন, বৈদ্যুতিক শর্টসার্কিট থেকে আগুনের সূত্রপাত।"
    return _station(t, "Muradnagar")


@case
def bn_station_after_ablative():
    t = "ভেড়ামারা ফায়ার সার্ভিস থেকে একটি ইউনিট এসে প্রায় এক ঘণ্টা পর আগুন নিয়ন্ত্রণে আনে।"
    return _station(t, "Bheramara")


@case
def bn_station_team_reached():
    t = "নবীনগর ফায়ার সার্ভিসের একটি দল ভোরে ঘটনাস্থলে পৌঁছে দগ্ধ দুজনকে উদ্ধার করে হাসপাতালে পাঠায়।"
    return _station(t, "Nabinagar")


@case
def bn_full_service_name_stays_national():
    t = "ফায়ার সার্ভিস ও সিভিল ডিফেন্সের মহাপরিচালক আজ দুর্ঘটনাস্থল পরিদর্শন করেন।"
    return NATIONAL in _bodies(t).values()
