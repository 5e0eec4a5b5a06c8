"""Held-out time fixtures (issue 10, round 24b): two months joined by a dash ("জুলাই-আগস্টে",
"মার্চ–এপ্রিলের") are one period, and annotators value it at its year, whole (rule `month_pair`,
`_month_pair_year`): a written year wins ("২০২৪ সালের", "চব্বিশের"); with none, a pair told in the
past is the latest one already over before the publication month, one told in the future the next.
Before, each month was its own time with its own value, and neither matched the one period.
Sentences written for this file (none copied from any article); scored as the shared scorer does
(time_fixtures.assert_times_as_scored).

Against the code before this work (f74685e): pairs 0 of 8; after: 8 of 8. Controls (a range with
"থেকে", a month alone, the uprising named, a pair with no year and no anchor: its months apart)
pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

PAIRS = [
 ("bn", "2025-06-10", "২০২৪ সালের জুলাই-আগস্টে শহরে অন্তত চল্লিশজন নিহত হন বলে প্রতিবেদনে উল্লেখ করা হয়।",
  [("২০২৪ সালের জুলাই-আগস্টে", "2024")]),
 ("bn", "2025-09-02", "চব্বিশের জুলাই-আগস্টের হামলার মামলায় তিন পুলিশ সদস্যকে আসামি করা হয়েছে।",
  [("চব্বিশের জুলাই-আগস্টের", "2024")]),
 ("bn", "2025-08-20", "জুলাই-আগস্টের সহিংসতার ঘটনায় এখন পর্যন্ত বারোটি মামলা হয়েছে।",
  [("জুলাই-আগস্টের", "2024")]),
 ("bn", "2025-05-14", "গত মার্চ–এপ্রিলে উপজেলায় ডেঙ্গুতে আক্রান্ত হয়েছিলেন দুই শতাধিক মানুষ।",
  [("মার্চ–এপ্রিলে", "2025")]),
 ("bn", "2025-11-03", "বোরো মৌসুমে মার্চ-এপ্রিলে সেচের পানির সংকট দেখা দেবে বলে আশঙ্কা করছেন কৃষকেরা।",
  [("মার্চ-এপ্রিলে", "2026")]),
 ("bn", "2025-10-21", "মে-জুনে ঘূর্ণিঝড়ে উপকূলের কয়েক হাজার ঘর বিধ্বস্ত হয়েছিল।",
  [("মে-জুনে", "2025")]),
 ("bn", None, "২০২৩ সালের সেপ্টেম্বর-অক্টোবরে রপ্তানি কমে যায় বলে জানান তিনি।",
  [("২০২৩ সালের সেপ্টেম্বর-অক্টোবরে", "2023")]),
 ("bn", "2025-12-28", "জানুয়ারি-ফেব্রুয়ারিতে নতুন পাঠ্যবই বিতরণ শেষ হবে বলে জানিয়েছে বোর্ড।",
  [("জানুয়ারি-ফেব্রুয়ারিতে", "2026")]),
]

CONTROLS = [
 ("bn", "2025-10-21", "জানুয়ারি থেকে সেপ্টেম্বর পর্যন্ত সীমান্তে নয়জন নিহত হয়েছেন।",
  [("জানুয়ারি", "2025-01"), ("সেপ্টেম্বর", "2025-09")]),
 ("bn", "2025-10-21", "জুলাই-আগস্ট গণঅভ্যুত্থানের শহীদ পরিবারগুলো সমাবেশে অংশ নেয়।", []),
 ("bn", "2025-10-21", "গত আগস্টে নদীভাঙনে স্কুলটি বিলীন হয়।", [("গত আগস্টে", "2025-08")]),
 ("bn", None, "ফেব্রুয়ারি-মার্চে অনুষ্ঠিতব্য মেলার প্রস্তুতি চলছে।",
  [("ফেব্রুয়ারি", "XXXX-02"), ("মার্চে", "XXXX-03")]),
]


@pytest.mark.parametrize("language, published, text, expected", PAIRS)
def test_held_out_month_pair_is_one_year(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_month_pair_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
