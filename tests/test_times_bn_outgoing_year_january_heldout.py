"""Held-out time fixtures (issue 10, round 24): the outgoing year ("বিদায়ী বছর") in an article
published in January is the year just ended, not the new one. Year-end reviews run into the first
days of January; before this change "বিদায়ী বছরের ১০ ডিসেম্বর" published on 2 January 2026 was the
coming 10 December (2026-12-10), the known defect of note23 (`_outgoing_year_as_shift`, bn
times.yaml class `outgoing`, value `outgoing`).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this change (7d568c3): cases 0 of 7; after: 7 of 7. The controls (a
December article, an undated one) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

JAN_2 = "2026-01-02"
JAN_9 = "2026-01-09"

CASES = [
 (JAN_2, "বিদায়ী বছরে প্রবাসী আয় আগের সব রেকর্ড ছাড়িয়ে গেছে।", [("বিদায়ী বছরে", "2025")]),
 (JAN_2, "বিদায়ী বছরের ১০ ডিসেম্বর বন্দরে নতুন টার্মিনাল চালু হয়।", [("বিদায়ী বছরের ১০ ডিসেম্বর", "2025-12-10")]),
 (JAN_9, "বিদায়ী বছরের জুলাই মাসে চালের দাম সবচেয়ে বেশি ছিল।", [("বিদায়ী বছরের জুলাই মাসে", "2025-07")]),
 (JAN_2, "বিদায়ী বছরজুড়েই শেয়ারবাজারে মন্দা ছিল।", [("বিদায়ী বছরজুড়েই", "2025")]),
 (JAN_9, "বিদায়ী বছরের শেষ দিকে ডেঙ্গুতে মৃত্যু বাড়তে থাকে।", [("বিদায়ী বছরের শেষ দিকে", "2025")]),
 (JAN_2, "বিদায়ী বছরের ৫ নভেম্বর থেকে নতুন ভাড়া কার্যকর হয়।", [("বিদায়ী বছরের ৫ নভেম্বর", "2025-11-05")]),
 (JAN_9, "বিদায়ী বছরটি ক্রীড়াঙ্গনের জন্য ছিল মিশ্র অভিজ্ঞতার।", [("বিদায়ী বছরটি", "2025")]),
]

CONTROLS = [
 # in December the outgoing year is still this one
 ("2025-12-30", "বিদায়ী বছরের ১০ ডিসেম্বর বন্দরে নতুন টার্মিনাল চালু হয়।", [("বিদায়ী বছরের ১০ ডিসেম্বর", "2025-12-10")]),
 ("2025-12-30", "বিদায়ী বছরে প্রবাসী আয় আগের সব রেকর্ড ছাড়িয়ে গেছে।", [("বিদায়ী বছরে", "2025")]),
 # with no publication date the year stays unknown
 (None, "বিদায়ী বছরের ১০ ডিসেম্বর বন্দরে নতুন টার্মিনাল চালু হয়।", [("বিদায়ী বছরের ১০ ডিসেম্বর", "XXXX-12-10")]),
]


@pytest.mark.parametrize("published, text, expected", CASES)
def test_held_out_outgoing_year_in_january(published, text, expected):
    assert_times_as_scored(text, "bn", published, expected)


@pytest.mark.parametrize("published, text, expected", CONTROLS)
def test_held_out_outgoing_year_in_january_control(published, text, expected):
    assert_times_as_scored(text, "bn", published, expected)
