"""Held-out time fixtures (issue 10, round 18) on two kinds of range, written before the rules
that judge them, with sentences written for this file (none copied from any article). Scored as
the shared scorer does (time_fixtures.assert_times_as_scored).

- A range of weekdays dated by the bracket after it ("বৃহস্পতিবার থেকে শনিবার পর্যন্ত (৩১
  ডিসেম্বর এবং ১ ও ২ জানুয়ারি)"): each weekday is the bracket's first or last date, and the dates
  of the bracket follow one another (2 January after 31 December is of the next year).
  (expressions._weekday_range_dated_by_bracket)
- A range of days under one month word joined by a word ("১২ থেকে ১৬ এপ্রিল", "from 12 to 16
  April"): one time valued at the month (eval/DECISIONS.md T6), as the dashed "১২-১৬ এপ্রিল" was.
  (rule `day_range_month` of each pack)

Against the code before this work (bb27a79): weekday ranges 0 of 8, day ranges 0 of 7 (each case
found a weekday of the wrong week or only the range's last day); after: 8 and 7.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

WEEKDAY_RANGES = [
 ("bn", SUN, "বুধবার থেকে শুক্রবার পর্যন্ত (৩১ ডিসেম্বর থেকে ২ জানুয়ারি) সব সরকারি দপ্তর বন্ধ ঘোষণা করা হয়েছে।",
  [("বুধবার", "2025-12-31"), ("শুক্রবার", "2026-01-02"), ("৩১ ডিসেম্বর", "2025-12-31"), ("২ জানুয়ারি", "2026-01-02")]),
 ("bn", SUN, "সোমবার থেকে বুধবার (২৯ ডিসেম্বর ও ৩১ ডিসেম্বর) বিভাগীয় শহরে পদযাত্রার কর্মসূচি দিয়েছে দলটি।",
  [("সোমবার", "2025-12-29"), ("বুধবার", "2025-12-31"), ("২৯ ডিসেম্বর", "2025-12-29"), ("৩১ ডিসেম্বর", "2025-12-31")]),
 ("bn", SUN, "বৃহস্পতিবার থেকে শনিবার পর্যন্ত (১ জানুয়ারি থেকে ৩ জানুয়ারি) মেলার মাঠে প্রবেশ ফ্রি ঘোষণা করেছে কমিটি।",
  [("বৃহস্পতিবার", "2026-01-01"), ("শনিবার", "2026-01-03"), ("১ জানুয়ারি", "2026-01-01"), ("৩ জানুয়ারি", "2026-01-03")]),
 ("en", SUN, "The ministry declared a holiday from Wednesday to Friday (31 December to 2 January).",
  [("Wednesday", "2025-12-31"), ("Friday", "2026-01-02"), ("31 December", "2025-12-31"), ("2 January", "2026-01-02")]),
 ("en", SUN, "The district office ordered schools shut from Monday to Wednesday (29 December to 31 December).",
  [("Monday", "2025-12-29"), ("Wednesday", "2025-12-31"), ("29 December", "2025-12-29"), ("31 December", "2025-12-31")]),
 ("en", SUN, "The union announced a strike from Thursday through Saturday (1 January to 3 January).",
  [("Thursday", "2026-01-01"), ("Saturday", "2026-01-03"), ("1 January", "2026-01-01"), ("3 January", "2026-01-03")]),
 # an article with no publication date: the bracket dates the weekdays, its year stays unknown (T5)
 ("bn", None, "বৃহস্পতিবার থেকে শনিবার পর্যন্ত (৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি) বার্ষিক পরীক্ষার খাতা জমা নেবে শিক্ষা বোর্ড।",
  [("বৃহস্পতিবার", "XXXX-12-31"), ("শনিবার", "XXXX-01-02"), ("৩১ ডিসেম্বর", "XXXX-12-31"), ("২ জানুয়ারি", "XXXX-01-02")]),
 ("en", None, "Offices will close from Wednesday to Friday (31 December to 2 January).",
  [("Wednesday", "XXXX-12-31"), ("Friday", "XXXX-01-02"), ("31 December", "XXXX-12-31"), ("2 January", "XXXX-01-02")]),
]

DAY_RANGES = [
 ("bn", SUN, "বইমেলা চলবে ১২ থেকে ১৬ এপ্রিল পর্যন্ত।", [("১২ থেকে ১৬ এপ্রিল", "2026-04")]),
 ("bn", SUN, "মনোনয়নপত্র বাছাই হবে ৫ থেকে ৯ জানুয়ারির মধ্যে।", [("৫ থেকে ৯ জানুয়ারি", "2026-01")]),
 ("bn", SUN, "গত ৩ থেকে ৭ নভেম্বর উপকূলে ঘূর্ণিঝড়ের প্রস্তুতি মহড়া হয়েছে।", [("৩ থেকে ৭ নভেম্বর", "2025-11")]),
 ("bn", SUN, "প্রশিক্ষণ কর্মশালা চলবে ১০ই থেকে ১৪ই ফেব্রুয়ারি।", [("১০ই থেকে ১৪ই ফেব্রুয়ারি", "2026-02")]),
 ("en", SUN, "The book fair will run from 12 to 16 April.", [("12 to 16 April", "2026-04")]),
 ("en", SUN, "Voter list updates were held from 3 to 7 November.", [("3 to 7 November", "2025-11")]),
 ("en", SUN, "Training runs 10 through 14 February at the district office.", [("10 through 14 February", "2026-02")]),
]


@pytest.mark.parametrize("language, published, text, expected", WEEKDAY_RANGES)
def test_held_out_weekday_range_dated_by_bracket(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", DAY_RANGES)
def test_held_out_day_range_under_one_month(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


def test_weekday_range_estimate_agrees_with_its_bracket():
    """With no publication date, the estimate from the retrieval date follows the bracket too,
    rather than the bare weekday of the week before retrieval."""
    from khobor.times.expressions import find_times
    from time_fixtures import BN
    text = "বৃহস্পতিবার থেকে শনিবার পর্যন্ত (৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি) বার্ষিক পরীক্ষার খাতা জমা নেবে শিক্ষা বোর্ড।"
    got = {t.text: (t.value, t.estimate) for t in find_times(text, BN, None, "2026-12-30")}
    assert got["বৃহস্পতিবার"] == ("XXXX-12-31", "2026-12-31")
    assert got["শনিবার"] == ("XXXX-01-02", "2027-01-02")
