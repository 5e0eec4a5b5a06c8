"""Held-out time fixtures (issue 10, round 26, tm26b): a year-less date that someone fixes or
grants for an act still to come ("পরের শুনানির জন্য ১২ নভেম্বর তারিখ রেখেছেন আদালত", "the panel has
been given until April 2 to report") is the nearest such date, whatever the past tense of the act
that fixed it (GUIDELINES T3: the year the tense *and words* choose). Before, the past verb of the
setting ("রেখেছেন", "had formed ... has been given") sent it a year back. Sentences written for
this file (none copied from any article); scored as the shared scorer does.

Against f595f33: 0 of 6; after: 6 of 6. Controls (a past date told as done) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

DATE_SET_AHEAD = [
 ("bn", "2025-10-30", "শুনানি শেষে পরের সাক্ষীদের জন্য ১২ নভেম্বর তারিখ রেখেছেন বিচারক।",
  [("১২ নভেম্বর", "2025-11-12")]),
 ("bn", "2025-12-20", "শুনানি শেষে আদালত পরবর্তী শুনানির জন্য ৯ জানুয়ারি তারিখ রেখেছেন বলে জানান আইনজীবী।",
  [("৯ জানুয়ারি", "2026-01-09")]),
 ("bn", "2025-02-25", "আপিল শুনানির জন্য ৪ মার্চ তারিখ নির্ধারণ করেছেন চেম্বার আদালত।",
  [("৪ মার্চ", "2025-03-04")]),
 ("en", "2025-03-25", "The ministry had formed a three-member probe body, which has been given until April 2 to report.",
  [("April 2", "2025-04-02")]),
 ("en", "2025-06-24", "Bidders were given until July 8 to submit revised offers, an official said.",
  [("July 8", "2025-07-08")]),
 ("en", "2025-11-26", "The contractor was granted until December 5 to clear the site.",
  [("December 5", "2025-12-05")]),
]

CONTROLS = [
 ("bn", "2025-10-30", "গত ১২ অক্টোবর আদালত এ আদেশ দেন।", [("গত ১২ অক্টোবর", "2025-10-12")]),
 ("bn", "2025-10-30", "১২ নভেম্বর তিনি গ্রেপ্তার হয়েছিলেন।", [("১২ নভেম্বর", "2024-11-12")]),
 ("en", "2025-03-25", "The factory was sealed on April 2, officials said.", [("April 2", "2024-04-02")]),
]


@pytest.mark.parametrize("language, published, text, expected", DATE_SET_AHEAD)
def test_held_out_date_set_for_coming_act_is_nearest(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_date_set_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
