"""Held-out time fixtures (issue 10, round 21): "একই দিন" (the same day), with its endings and a
part of the day after it, names the day told just before it, as "সেদিন" and "ওই দিন" do (the
pack's `anaphor` class; `expressions._resolve_references` finds the day): "শনিবার বিকেলে
সমাবেশ হয়। একই দিনে চট্টগ্রামেও মিছিল হয়।" -> Saturday. With no day told before it ("নির্বাচন
ও গণভোট একই দিনে হবে") it names none. Dev: bdnews-0681 "একই দিনে" (annotated, missed before).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (bb66a36): 0 of 7; after: 7. The controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"

SAME_DAY = [
 ("শনিবার বিকেলে রাজধানীতে সমাবেশ হয়। একই দিনে চট্টগ্রামেও মিছিল হয়।", SUN,
  [("শনিবার বিকেলে", "2025-12-27"), ("একই দিনে", "2025-12-27")]),
 ("আজ সকালে নতুন মন্ত্রিসভা শপথ নেয়। একই দিন বিকেলে প্রথম বৈঠক হয়।", SUN,
  [("আজ সকালে", "2025-12-28"), ("একই দিন বিকেলে", "2025-12-28")]),
 ("২০২৪ সালের ৫ আগস্ট সরকারের পতন হয়। একই দিনে তিনি দেশ ছাড়েন।", SUN,
  [("২০২৪ সালের ৫ আগস্ট", "2024-08-05"), ("একই দিনে", "2024-08-05")]),
 ("গত মঙ্গলবার আদালত রায় দেন। একই দিনেই আসামিপক্ষ আপিলের ঘোষণা দেয়।", SUN,
  [("গত মঙ্গলবার", "2025-12-23"), ("একই দিনেই", "2025-12-23")]),
 ("বৃহস্পতিবার (২৫ ডিসেম্বর) তিনি দেশে ফেরেন। একই দিন রাতে দলের নেতারা বৈঠকে বসেন।", SUN,
  [("বৃহস্পতিবার (২৫ ডিসেম্বর)", "2025-12-25"), ("একই দিন রাতে", "2025-12-25")]),
 ("গত ২২ ডিসেম্বর বন্দরের নতুন টার্মিনাল চালু হয়। একই দিনে প্রথম জাহাজ ভেড়ে।", SUN,
  [("গত ২২ ডিসেম্বর", "2025-12-22"), ("একই দিনে", "2025-12-22")]),
 # undated: the day of the unknown year (DECISIONS T5: an anaphor takes the dated day's value)
 ("সোমবার (২৯ ডিসেম্বর) মনোনয়ন জমার শেষ দিন ছিল। একই দিনে প্রার্থীরা সমাবেশ করেন।", None,
  [("সোমবার (২৯ ডিসেম্বর)", "XXXX-12-29"), ("একই দিনে", "XXXX-12-29")]),
]

CONTROLS = [
 ("একই দিনে দুটি ম্যাচ খেলা যাবে না বলে নিয়ম আছে।", SUN, []),
 ("সংসদ নির্বাচন ও গণভোট একই দিনে হবে বলে জানিয়েছে কমিশন।", SUN, []),
]


@pytest.mark.parametrize("text, published, expected", SAME_DAY + CONTROLS)
def test_held_out_bn_same_day(text, published, expected):
    assert_times_as_scored(text, "bn", published, expected)
