"""Held-out cases on Bangladesh's auxiliary force written "আনসার" ("আনসার ও ভিডিপি", "আনসার
সদস্যরা"): a home body the registry lacked, whose name with the genitive stripped read as the
Italian news agency ANSA ("আনসা"). Written before the change they test and not tuned on; each
case returns True when the linker does the right thing; the sentences are written for these
tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, id_of

CASES, case = case_registry()
ANSAR = "bangladesh-ansar-vdp"


@case
def bn_force_at_polling_centres():
    t = "ভোটকেন্দ্রে পুলিশের পাশাপাশি আনসার সদস্যরা দায়িত্ব পালন করবেন।"
    got = actors_at(t, "bn", ("ORG", "আনসার"), published="2025-12-20")
    return id_of(got["আনসার"]) == ANSAR


@case
def bn_force_with_vdp():
    t = "বন্যাদুর্গত এলাকায় ত্রাণ বিতরণে নেমেছে আনসার ও ভিডিপি।"
    got = actors_at(t, "bn", ("ORG", "আনসার ও ভিডিপি"), published="2025-08-25")
    return id_of(got["আনসার ও ভিডিপি"]) == ANSAR


@case
def bn_force_with_hyphen():
    t = "মেলার নিরাপত্তায় আনসার-ভিডিপির দুই শতাধিক সদস্য মোতায়েন থাকবে।"
    got = actors_at(t, "bn", ("ORG", "আনসার-ভিডিপির"), published="2025-02-01")
    return id_of(got["আনসার-ভিডিপির"]) == ANSAR


@case
def bn_football_side():
    t = "মহিলা লিগের প্রথম ম্যাচে বাংলাদেশ আনসার ও ভিডিপি ৩-০ গোলে জিতেছে।"
    got = actors_at(t, "bn", ("ORG", "বাংলাদেশ আনসার ও ভিডিপি"), published="2025-12-15")
    return id_of(got["বাংলাদেশ আনসার ও ভিডিপি"]) == ANSAR


@case
def bn_force_not_agency():
    t = "রেলস্টেশনে আনসারের এক সদস্য আহত হয়েছেন বলে জানিয়েছে পুলিশ।"
    got = actors_at(t, "bn", ("ORG", "আনসারের"), published="2025-05-05")
    return id_of(got["আনসারের"]) == ANSAR


@case
def bn_force_english():
    t = "Ansar-VDP members will guard the polling centres alongside the police."
    got = actors_at(t, "en", ("ORG", "Ansar-VDP"), published="2025-12-20")
    return id_of(got["Ansar-VDP"]) == ANSAR


@case
def bn_person_named_ansar():
    t = "গ্রামের কৃষক আনসার উদ্দিন জানান, এবার ধানের ফলন ভালো হয়েছে।"
    got = actors_at(t, "bn", ("PER", "আনসার উদ্দিন"), published="2025-11-11")
    return id_of(got["আনসার উদ্দিন"]) not in (ANSAR, "ansa") and got["আনসার উদ্দিন"] is not None


def italian_agency_stays():
    """A guard, not a held-out case: the agency's own name still links to ANSA."""
    t = "ইতালির সংবাদ সংস্থা আনসা জানিয়েছে, রোমে ভারী বৃষ্টি হয়েছে।"
    got = actors_at(t, "bn", ("ORG", "আনসা"), published="2025-05-05")
    return id_of(got["আনসা"]) == "ansa"
