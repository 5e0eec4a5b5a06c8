"""Held-out fixtures for a month named as a month of a fiscal year in Bengali (round 25, helper
tm25b), written for this file before the change and not taken from any article. Bangladesh's
fiscal year runs from July to June: "২০২৪–২৫ অর্থবছরের মার্চ মাসে" is March 2025, "চলতি অর্থবছরের
জুলাই" told in September 2025 is July 2025, "গত অর্থবছরের জানুয়ারিতে" told then is January 2025.
The fiscal year and its month are one expression (GUIDELINES T2), and the fiscal year chooses the
month's year (T3). A fiscal year alone names no time (T1), and with no publication date a month of
"this" fiscal year keeps its year unknown (T4).
Scored as the shared scorer does (time_fixtures.assert_times_as_scored)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SEP = "2025-09-17"   # a Wednesday in the first quarter of the fiscal year 2025-26
MAR = "2026-03-10"

FISCAL_MONTHS = [
 ("bn", SEP, "চলতি অর্থবছরের জুলাই থেকে এ পর্যন্ত রপ্তানি আয় বেড়েছে সাড়ে ছয় শতাংশ।",
  [("চলতি অর্থবছরের জুলাই", "2025-07")]),
 ("bn", SEP, "গত অর্থবছরের জানুয়ারিতে প্রবাসী আয় রেকর্ড ছুঁয়েছিল বলে জানায় কেন্দ্রীয় ব্যাংক।",
  [("গত অর্থবছরের জানুয়ারিতে", "2025-01")]),
 ("bn", SEP, "২০২৩–২৪ অর্থবছরের মে মাসে সবচেয়ে বেশি চাল আমদানি হয়।",
  [("২০২৩–২৪ অর্থবছরের মে মাসে", "2024-05")]),
 ("bn", SEP, "২০২৪-২৫ অর্থবছরের অক্টোবরে রাজস্ব আদায়ে ঘাটতি ছিল প্রায় দুই হাজার কোটি টাকা।",
  [("২০২৪-২৫ অর্থবছরের অক্টোবরে", "2024-10")]),
 ("bn", MAR, "চলতি অর্থবছরের ফেব্রুয়ারি মাসে মূল্যস্ফীতি সামান্য কমেছে।",
  [("চলতি অর্থবছরের ফেব্রুয়ারি মাসে", "2026-02")]),
 ("bn", MAR, "চলতি অর্থবছরের ডিসেম্বরে বিদ্যুৎ উৎপাদন লক্ষ্যমাত্রা ছাড়িয়ে যায়।",
  [("চলতি অর্থবছরের ডিসেম্বরে", "2025-12")]),
]

NO_MONTH = [
 ("bn", SEP, "২০২৪-২৫ অর্থবছরে প্রবৃদ্ধি ছিল চার শতাংশের নিচে।", []),
 ("bn", None, "২০২২–২৩ অর্থবছরের জুনে এ প্রকল্পের কাজ শেষ হয়।", [("২০২২–২৩ অর্থবছরের জুনে", "2023-06")]),
]


@pytest.mark.parametrize("language,published,text,expected", FISCAL_MONTHS + NO_MONTH)
def test_month_of_a_fiscal_year(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
