"""Held-out cases (round 26, issue 9): "কাতারের দোহায় যুক্তরাষ্ট্র ও তালেবানের প্রতিনিধিরা ... সম্মত
হন" (in Doha, Qatar, the two sides agreed): the city in the locative is where two parties met, not a
third party acted on. `fallback_recipient` let a place-marked name of the trigger's clause receive
so that a state named as where it happens ("বাংলাদেশে সংখ্যালঘুদের বিরুদ্ধে ... অভিযোগ") could, and
a host city came along: the agreement was coded "-> Jeddah" (GUIDELINES E5: a place is no
recipient). Only a state itself may receive from the locative now. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

CASES = [  # (sentence, the countries of the two sides)
    ("গত সপ্তাহে কাতারের দোহায় যুক্তরাষ্ট্র ও তালেবানের প্রতিনিধিরা একটি খসড়া চুক্তিতে সম্মত হন।", ["USA", "AFG"]),
    ("সোমবার তুরস্কের ইস্তাম্বুলে রাশিয়া ও ইউক্রেনের প্রতিনিধিরা বন্দি বিনিময়ে রাজি হন।", ["RUS", "UKR"]),
    ("মঙ্গলবার বেলজিয়ামের ব্রাসেলসে সার্বিয়া ও কসোভোর নেতারা একটি পরিকল্পনায় সম্মত হয়েছেন।", ["SRB", "XKK"]),
    ("মালয়েশিয়ার কুয়ালালামপুরে থাইল্যান্ড ও কম্বোডিয়ার নেতারা যুদ্ধবিরতিতে সম্মত হন।", ["THA", "KHM"]),
    ("গত বছর ওমানের মাসকাটে ইরান ও যুক্তরাষ্ট্রের প্রতিনিধিরা পরোক্ষ আলোচনায় সম্মত হন।", ["IRN", "USA"]),
    ("বুধবার ইন্দোনেশিয়ার জাকার্তায় মিয়ানমার ও থাইল্যান্ডের কর্মকর্তারা সীমান্ত খোলায় রাজি হন।", ["MMR", "THA"]),
    ("রোববার মিসরের কায়রোয় ইসরায়েল ও হামাসের প্রতিনিধিরা যুদ্ধবিরতিতে রাজি হয়েছেন।", ["ISR", "PSE"]),
    ("গত সপ্তাহে ভিয়েতনামের হ্যানয়ে চীন ও ফিলিপাইনের কর্মকর্তারা আলোচনা চালিয়ে যেতে সম্মত হন।", ["CHN", "PHL"]),
]


# round 33's retrain scored the first agreement under its threshold; round 34's (evw34, + bnw18)
# keeps it again (lang/bn/events_classifier.md)
@pytest.mark.parametrize("text, sides", CASES, ids=range(len(CASES)))
def test_the_host_city_is_no_recipient(text, sides):
    agreements = [e for e in record_of(text, "bn").events if e.type == "AGREE"]
    assert agreements
    for e in agreements:
        assert ([a.country for a in e.actors], e.recipients) == (sides, [])
