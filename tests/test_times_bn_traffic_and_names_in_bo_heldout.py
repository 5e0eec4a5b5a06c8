"""Held-out time fixtures (issue 10, round 27b): two Bengali words that only look like verbs no
longer give a year-less date the wrong tense.

- "যান চলাচল" (vehicle traffic): "যান" here is the noun "a vehicle", not the narrative past "যান"
  ("he goes" telling "he went"), so "মার্চের শেষ দিকে সেতুতে যান চলাচল শুরু হবে" is next March.
- A word in -বো before more of its clause is a name ("তারাবো পৌরসভার ... এলাকায় এ ঘটনা ঘটে"), not
  the first person's future, which ends its clause as a Bengali verb does ("আমরা মার্চে ফিরবো।").

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the start of round 27b (ade0fe2f): 0 of 12; after: 12 of 12. Controls (a narrative
"চলে যান", a spoken "-বো" future) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

NOV = "2025-11-10"   # a Monday
MAR = "2025-03-09"   # a Sunday

TRAFFIC = [
 ("bn", NOV, "মার্চের শেষ দিকে নতুন সেতুতে যান চলাচল শুরু হবে বলে জানিয়েছে সড়ক বিভাগ।",
  [("মার্চের শেষ দিকে", "2026-03")]),
 ("bn", NOV, "সংস্কার শেষে ফেব্রুয়ারিতে মহাসড়কে যান চলাচল স্বাভাবিক হবে।", [("ফেব্রুয়ারিতে", "2026-02")]),
 ("bn", NOV, "বৃহস্পতিবার থেকে ফেরিঘাটে যান চলাচল বন্ধ থাকবে।", [("বৃহস্পতিবার", "2025-11-13")]),
 ("bn", NOV, "জানুয়ারির মাঝামাঝি উড়ালসড়কে যান চলাচলের অনুমতি দেওয়া হবে।", [("জানুয়ারির মাঝামাঝি", "2026-01")]),
 ("bn", NOV, "এপ্রিলে দ্বিতীয় লেনে যান চলাচল চালু করা হবে।", [("এপ্রিলে", "2026-04")]),
 ("bn", NOV, "মে মাসে বাইপাস সড়কে যান চলাচল শুরু করা সম্ভব হবে।", [("মে মাসে", "2026-05")]),
]

NAMES_IN_BO = [
 ("bn", MAR, "শনিবার রাত আড়াইটার দিকে উপজেলার তারাবো পৌরসভার একটি বাজারে আগুন লাগে।",
  [("শনিবার রাত আড়াইটার দিকে", "2025-03-08")]),
 ("bn", MAR, "শুক্রবার বিকেলে বাঘাবো গ্রামের একটি পুকুর থেকে শিশুটির লাশ উদ্ধার হয়।", [("শুক্রবার বিকেলে", "2025-03-07")]),
 ("bn", MAR, "বৃহস্পতিবার সকালে কুমারবো ইউনিয়নের চরে দুই পক্ষের সংঘর্ষ হয়।", [("বৃহস্পতিবার সকালে", "2025-03-06")]),
 ("bn", MAR, "শনিবার দুপুরে নলবো বাজারে একটি দোকানে চুরির ঘটনা ঘটে।", [("শনিবার দুপুরে", "2025-03-08")]),
 ("bn", MAR, "শুক্রবার রাতে মধুবো এলাকার একটি বাড়িতে ডাকাতি হয়।", [("শুক্রবার রাতে", "2025-03-07")]),
 ("bn", MAR, "বুধবার সন্ধ্যায় চরবো ঘাটে একটি ট্রলার ডুবে যায়।", [("বুধবার সন্ধ্যায়", "2025-03-05")]),
]

CONTROLS = [
 ("bn", NOV, "জানুয়ারিতে তিনি চিকিৎসার জন্য বিদেশে যান।", [("জানুয়ারিতে", "2025-01")]),
 ("bn", NOV, "মার্চে তারা গ্রামের বাড়িতে চলে যান।", [("মার্চে", "2025-03")]),
 ("bn", NOV, "তিনি বলেন, “আমরা ফেব্রুয়ারিতে আবার মাঠে নামবো।”", [("ফেব্রুয়ারিতে", "2026-02")]),
 ("bn", NOV, "“মার্চে আমরা কর্মসূচি দেবো না,” তিনি বলেন।", [("মার্চে", "2026-03")]),
]


@pytest.mark.parametrize("lang,published,text,expected", TRAFFIC + NAMES_IN_BO + CONTROLS)
def test_times(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
