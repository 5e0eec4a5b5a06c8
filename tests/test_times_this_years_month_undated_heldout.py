"""Held-out time fixtures (issue 10, round 21): in an article with no publication date, a month of
this year ("চলতি বছরের জুনে", "in March this year") is that month of the article's unknown year,
"XXXX-06", as a bare "জুনে" is (DECISIONS T5: what carries its own month keeps it; the scorer
reads XXXX as the article's year). A month of a year gone ("গত বছরের আগস্টে", "August last
year") still has no value: XXXX-08 would read as the article's own year's August (a month of next
year is XXXX-MM since round 25, as its dev gold marks it). With a
publication date nothing changes. (`expressions._unanchored_year`.)

Why: the dev errors of this class are in the least-tuned articles (evalr20: bdnews-0171 "চলতি
বছরের জুনে" and 0210 "চলতি বছরের জানুয়ারি" annotated XXXX-06 and XXXX-01; one older article,
0164, left "চলতি বছরের অক্টোবর শেষে" null).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (bb66a36): 0 of 8; after: 8. The controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

THIS_YEARS_MONTH = [
 ("bn", "চলতি বছরের জুনে তিনি শেষবার জাতীয় দলে ডাক পান।", [("চলতি বছরের জুনে", "XXXX-06")]),
 ("bn", "চলতি বছরের মার্চে প্রকল্পটি শুরু হয়।", [("চলতি বছরের মার্চে", "XXXX-03")]),
 ("bn", "এ বছরের জানুয়ারি থেকে কারখানাটি বন্ধ আছে।", [("এ বছরের জানুয়ারি", "XXXX-01")]),
 ("bn", "চলতি বছরের আগস্ট মাসে নীতিমালা অনুমোদন পায়।", [("চলতি বছরের আগস্ট মাসে", "XXXX-08")]),
 ("bn", "চলতি বছরের অক্টোবরের শেষ দিকে রপ্তানি কমে যায়।", [("চলতি বছরের অক্টোবরের শেষ দিকে", "XXXX-10")]),
 ("en", "The plant reopened in June this year after a long shutdown.", [("June this year", "XXXX-06")]),
 ("en", "Fares were raised in March this year, the ministry said.", [("March this year", "XXXX-03")]),
 ("en", "Exports fell in October of the current year.", [("October of the current year", "XXXX-10")]),
]

CONTROLS = [
 ("bn", "গত বছরের আগস্টে তিনি দেশ ছাড়েন।", None, [("গত বছরের আগস্টে", None)]),
 ("en", "He left the country in August last year.", None, [("August last year", None)]),
 # round 25: a month of next year is that month too (dev gold: bdnews-0698 and w24-3-bn-05, XXXX-01
 # and XXXX-06; tests/test_times_bn_written_classes_heldout.py NEXT_YEARS_MONTH)
 ("bn", "আগামী বছরের মার্চে নির্বাচন হতে পারে।", None, [("আগামী বছরের মার্চে", "XXXX-03")]),
 ("bn", "চলতি বছরের জুনে তিনি শেষবার জাতীয় দলে ডাক পান।", "2025-12-28", [("চলতি বছরের জুনে", "2025-06")]),
]


@pytest.mark.parametrize("language, text, expected", THIS_YEARS_MONTH)
def test_held_out_this_years_month_without_anchor(language, text, expected):
    assert_times_as_scored(text, language, None, expected)


@pytest.mark.parametrize("language, text, published, expected", CONTROLS)
def test_held_out_this_years_month_controls(language, text, published, expected):
    assert_times_as_scored(text, language, published, expected)
