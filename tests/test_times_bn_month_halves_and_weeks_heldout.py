"""Held-out time fixtures (issue 10, round 26): a part of a month named by its half ("প্রথম
ভাগে", "শেষ ভাগে"), by a count of its weeks ("প্রথম দুই সপ্তাহে", "শেষ দুই সপ্তাহের") or by one
week in the genitive ("তৃতীয় সপ্তাহের") belongs to the month's time (GUIDELINES T2, the whole
expression; DECISIONS T7: "এপ্রিলের প্রথম সপ্তাহে" is the month), and so does a part of a year
told by its first or last months ("চলতি বছরের প্রথম ছয় মাসে"). Before, the time stopped at the
month ("ডিসেম্বরের") or the year unit, and the shorter span no longer matched the annotated one.
Sentences written for this file (none copied from any article); scored as the shared scorer does
(time_fixtures.assert_times_as_scored).

Against a5d9fd7: parts 0 of 8; after: 8 of 8. Controls (a part already listed, a relative week,
a count of months that is a duration) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

PARTS = [
 ("bn", "2025-11-02", "কমিশন জানিয়েছে, ডিসেম্বরের প্রথম ভাগে তফসিল ঘোষণা করা হবে।",
  [("ডিসেম্বরের প্রথম ভাগে", "2025-12")]),
 ("bn", "2025-08-14", "জুনের শেষ ভাগে নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হয়েছিল।",
  [("জুনের শেষ ভাগে", "2025-06")]),
 ("bn", "2025-10-05", "মন্ত্রণালয় বলছে, জানুয়ারির প্রথম দুই সপ্তাহে সব স্কুলে নতুন বই পৌঁছে যাবে।",
  [("জানুয়ারির প্রথম দুই সপ্তাহে", "2026-01")]),
 ("bn", "2025-04-20", "মার্চের শেষ দুই সপ্তাহের বৃষ্টিতে বোরো ধানের ক্ষতি হয়েছে বলে কৃষকেরা জানান।",
  [("মার্চের শেষ দুই সপ্তাহের", "2025-03")]),
 ("bn", "2025-06-11", "মে মাসের তৃতীয় সপ্তাহের এক বৈঠকে প্রস্তাবটি নিয়ে আলোচনা হয়েছিল।",
  [("মে মাসের তৃতীয় সপ্তাহের", "2025-05")]),
 ("bn", "2025-09-18", "আগস্টের দ্বিতীয় ভাগে থানাগুলোতে পুলিশের উপস্থিতি কম ছিল।",
  [("আগস্টের দ্বিতীয় ভাগে", "2025-08")]),
 ("bn", "2025-07-09", "চলতি বছরের প্রথম ছয় মাসে সড়কে আড়াই হাজারের বেশি মানুষ নিহত হয়েছেন।",
  [("চলতি বছরের প্রথম ছয় মাসে", "2025")]),
 ("bn", "2025-03-03", "গত বছরের শেষ তিন মাসে রপ্তানি আয় কমেছে বলে ব্যুরোর প্রতিবেদনে বলা হয়।",
  [("গত বছরের শেষ তিন মাসে", "2024")]),
]

CONTROLS = [
 ("bn", "2025-03-03", "গত মাসের শেষ দিকে দুই দেশের বৈঠক হয়।", [("গত মাসের শেষ দিকে", "2025-02")]),
 ("bn", "2025-03-03", "আগামী সপ্তাহে প্রতিনিধিদল ঢাকায় আসবে।", []),
 ("bn", "2025-03-03", "তিনি ছয় মাসে দুবার দেশে ফিরেছেন।", []),
]


@pytest.mark.parametrize("language, published, text, expected", PARTS)
def test_held_out_month_halves_and_weeks(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_month_halves_and_weeks_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
