"""Held-out cases on villages and markets whose name ends in a place word the linker knew but the
NER's unseen-word shapes did not (-হাট, -চর, -বাড়ি, -খালি): the NER dropped the model's one-word
place tag on such an unseen word, so the linker never saw it. Since the two lists are one
(actors.yaml `lone_place_endings`, read by `ner.gazetteer` too) such a word the model tags a
place is kept and becomes a provisional village. Whole-pipeline cases: the model must tag the
word first, which it does not always do (those cases stay marked as still failing). Written
before the change they test and not tuned on; the sentences are written for these tests, not
taken from any outlet."""
from __future__ import annotations

from khobor.pipeline import process
from khobor.ingest.jsonl import row_to_article

from actor_fixtures import case_registry

CASES, case = case_registry()


def _places(text: str) -> set[str]:
    row = {"id": "heldout", "text": text, "language": "bn", "published": "2025-10-01"}
    rec = process(row_to_article(row, "heldout"))
    return {e.actor.name for e in rec.entities if e.actor is not None and e.type in ("LOC", "GPE", "FAC")}


@case
def bn_market_ending_in_hat_with_locative():
    return "Rasulhat" in _places("শুক্রবার সকালে রসুলহাটে একটি দোকানে আগুন লাগে, ফায়ার সার্ভিস এসে তা নেভায়।")


@case
def bn_market_ending_in_hat():
    # the market is the largest name (GUIDELINES N4, ner.yaml headed_names "বাজার"): "Kashemhat Bazar"
    return any(n.startswith("Kashemhat") for n in _places("গতকাল বিকেলে কাশেমহাট বাজারে ভ্রাম্যমাণ আদালত অভিযান চালায়।"))


@case
def bn_river_island_ending_in_char():
    return any(n.startswith("Kalir") for n in _places("নদীভাঙনে কালিরচরে অন্তত বিশটি ঘর বিলীন হয়েছে বলে জানিয়েছেন স্থানীয়রা।"))


@case
def bn_homestead_village_ending_in_bari():
    return any(n.startswith("Talukdar") for n in _places("পুলিশ জানায়, সোমবার রাতে তালুকদারবাড়িতে ডাকাতির ঘটনা ঘটে।"))


@case
def bn_market_ending_in_hat_genitive():
    return any(n.startswith("Mollar") for n in _places("জমি নিয়ে বিরোধের জেরে মোল্লারহাটে দুই পক্ষের সংঘর্ষে পাঁচজন আহত হয়েছেন।"))


@case
def bn_new_char():
    return any(n.startswith("Natun") for n in _places("সকালে নতুনচরে নৌকাডুবিতে এক শিশু নিখোঁজ হয়েছে।"))
