"""Held-out time fixtures (issue 10, round 39): Bengali expressions a careful reader takes whole.

- two days of one month joined by "ও"/"এবং" ("২৭ ও ২৮ ডিসেম্বর") are a span of days under one
  month word, one time valued at the month (DECISIONS T6), as "২০ ও ২৮ নভেম্বরের মধ্যে" already was
  (rule `day_list_month`); but the last dates of a bracket that dates a range of weekdays stay the
  end point `_weekday_range_dated_by_bracket` reads;
- a weekday told with its place in the working week is one expression with it (GUIDELINES T2):
  "সপ্তাহের প্রথম কার্যদিবস রোববার" (rule `working_day_weekday`; with its date in brackets, the weekday
  and the bracket are the expression, as annotators mark them);
- the new year told with its number is one expression: "নতুন বছর ২০২৬ সালে" (rule `new_year_named`).
Before, only the last day ("২৮ ডিসেম্বর", its own value), the bare weekday or the bare year were found.
Dev (real half): bdnews-0694, bdnews-0765, bdnews-0148, bdnews-0187.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"

HELD_OUT = [
 ("bn", None, "জেলা স্টেডিয়ামে ১৭ ও ১৮ ডিসেম্বর দুই দিনের মেলা হয়।", [("১৭ ও ১৮ ডিসেম্বর", "XXXX-12")]),
 ("bn", SUN, "আগামী ৩ ও ৪ জানুয়ারি দুই দিন অফিস বন্ধ থাকবে।", [("আগামী ৩ ও ৪ জানুয়ারি", "2026-01")]),
 ("bn", SUN, "গত ১০ এবং ১১ নভেম্বরে পরীক্ষা নেওয়া হয়।", [("গত ১০ এবং ১১ নভেম্বরে", "2025-11")]),
 ("bn", None, "সপ্তাহের শেষ কার্যদিবস বৃহস্পতিবার সূচক কিছুটা বেড়েছে।", [("সপ্তাহের শেষ কার্যদিবস বৃহস্পতিবার", None)]),
 ("bn", SUN, "সপ্তাহের প্রথম কার্যদিবস রোববার লেনদেন কমেছে।", [("সপ্তাহের প্রথম কার্যদিবস রোববার", "2025-12-28")]),
 ("bn", SUN, "নতুন বছর ২০২৬ সালে দলটি নতুন লিগে খেলবে।", [("নতুন বছর ২০২৬ সালে", "2026")]),
]

CONTROLS = [
 # "between" two days keeps its span up to the month; the bracket of a weekday range keeps its ends
 ("bn", SUN, "২০ ও ২৮ নভেম্বরের মধ্যে জরিপটি চালানো হয়।", [("২০ ও ২৮ নভেম্বরের", "2025-11")]),
 ("bn", None, "সরকার বুধবার থেকে শুক্রবার পর্যন্ত (৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি) শোক ঘোষণা করেছে।",
  [("বুধবার", "XXXX-12-31"), ("শুক্রবার", "XXXX-01-02"), ("৩১ ডিসেম্বর", "XXXX-12-31"), ("২ জানুয়ারি", "XXXX-01-02")]),
 # a weekday dated by its bracket is marked with the bracket, not the place in the week before it
 ("bn", None, "সপ্তাহের দ্বিতীয় কার্যদিবস সোমবার (২২ ডিসেম্বর) সূচক কমেছে।", [("সোমবার (২২ ডিসেম্বর)", "XXXX-12-22")]),
 # two days of two months are two times (DECISIONS T6)
 ("bn", SUN, "৩০ ডিসেম্বর ও ২ জানুয়ারি সভা হবে।", [("৩০ ডিসেম্বর", "2025-12-30"), ("২ জানুয়ারি", "2026-01-02")]),
]


@pytest.mark.parametrize("language, published, text, expected", HELD_OUT + CONTROLS)
def test_held_out_bn_day_lists_and_appositions(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
