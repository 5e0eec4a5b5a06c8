"""Held-out cases on a bus named in quotes in a road-accident report ("‘হানিফ এন্টারপ্রাইজ’ নামের
একটি বাস", "‘ইউনিক রোড রয়েলস’-এর বাসটি"): the quoted name is the company whose bus it is, one
ORG; the NER left it untagged or took its first word for a person. Guard: a quoted clause before
"নামের বাস" is no name. Whole-pipeline cases. Written before the change they test and not tuned on;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from khobor.pipeline import process
from khobor.ingest.jsonl import row_to_article

from actor_fixtures import case_registry

CASES, case = case_registry()


def _orgs(text: str) -> dict[str, object]:
    row = {"id": "heldout", "text": text, "language": "bn", "published": "2025-04-12"}
    rec = process(row_to_article(row, "heldout"))
    return {e.text: e.actor for e in rec.entities if e.type == "ORG" and e.actor is not None}


def _company(text: str, surface: str) -> bool:
    a = _orgs(text).get(surface)
    return a is not None and a.sector == "BUS"


@case
def bn_quoted_company_named_bus():
    t = "কুমিল্লার চৌদ্দগ্রামে ‘হানিফ এন্টারপ্রাইজ’ নামের একটি বাস খাদে পড়ে অন্তত সাতজন আহত হয়েছেন।"
    return _company(t, "হানিফ এন্টারপ্রাইজ")


@case
def bn_quoted_company_genitive_bus():
    t = "প্রত্যক্ষদর্শীরা জানান, ‘ইউনিক রোড রয়েলস’-এর বাসটি দ্রুতগতিতে একটি অটোরিকশাকে চাপা দেয়।"
    return _company(t, "ইউনিক রোড রয়েলস")


@case
def bn_quoted_paribahan_named_bus():
    t = "সিরাজগঞ্জ থেকে আসা ‘অভি পরিবহন’ নামের বাসটির চালককে আটক করেছে পুলিশ। ‘অভি পরিবহন’ নামের বাসটি জব্দ করা হয়েছে।"
    return _company(t, "অভি পরিবহন")


@case
def bn_quoted_line_named_bus():
    t = "ভোরে ‘দিগন্ত লাইন’ নামের একটি বাস মহাসড়কের পাশে উল্টে যায়, জানিয়েছে হাইওয়ে পুলিশ।"
    return _company(t, "দিগন্ত লাইন")


@case
def bn_quoted_travels_double_marks():
    t = "পুলিশ জানায়, \"রয়েল এক্সপ্রেস\" নামের একটি বাস পেছন থেকে ট্রাকটিকে ধাক্কা দেয়।"
    return _company(t, "রয়েল এক্সপ্রেস")


@case
def bn_quoted_person_shaped_name():
    t = "গাজীপুরে ‘সালমা ট্রাভেলস’-এর একটি বাসে আগুন দিয়েছে দুর্বৃত্তরা।"
    return _company(t, "সালমা ট্রাভেলস")


@case
def bn_quoted_clause_is_no_name():
    t = "চালক বলেন, ‘আমি কিছুই জানতাম না’ নামের বাস বলে কিছু নেই।"
    return not any(a.sector == "BUS" for a in _orgs(t).values())
