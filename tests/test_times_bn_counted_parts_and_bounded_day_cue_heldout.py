"""Held-out time fixtures (issue 10, round 26, tm26c), two Bengali grammar defects.

1. A count of the first or last months of a year, or of the first or last weeks of a month, in any
   number ("চলতি বছরের প্রথম পাঁচ মাসে", "মার্চের শেষ তিন সপ্তাহে", "গত বছরের প্রথম ৮ মাসের") is one
   expression with its year or month (GUIDELINES T2: the part belongs to the period it names).
   Before, `monthpart`/`yearpart` listed a few counts by hand (দুই, তিন, ছয় ...), so any other count
   cut the expression short at its year or month; now the macros `month_part`/`year_part` read the
   count from the pack's `numword` (or digits).
2. The lookbehind form of the `own_nearest` cue ("... তারিখ রেখেছেন", "... দিন ধার্য") needs its
   word তারিখ/দিন whole: "সেদিন রেখেছিলেন" or "প্রতিদিন নির্ধারণ করা হয়েছিল" fix no date, and
   must not leave the expression's tense to the nearest date (before, the cue fired after any word
   ending in দিন).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against 6d848e3: 0 of 6 counted parts and 0 of 3 bounded cues; after: all. Controls pass before
and after. Whole dev (487) is byte-identical before and after: no dev article has such a count.
"""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.times.expressions import grammar_for
from time_fixtures import assert_times_as_scored

COUNTED_PARTS = [
 ("bn", "2025-06-10", "চলতি বছরের প্রথম পাঁচ মাসে সড়কে বারোশো মানুষ নিহত হয়েছেন বলে জানিয়েছে সংগঠনটি।",
  [("চলতি বছরের প্রথম পাঁচ মাসে", "2025")]),
 ("bn", "2025-06-10", "গত বছরের শেষ চার মাসে তৈরি পোশাক রপ্তানি কমেছে।",
  [("গত বছরের শেষ চার মাসে", "2024")]),
 ("bn", "2025-06-10", "মার্চের শেষ তিন সপ্তাহে চালের দাম কেজিতে পাঁচ টাকা বেড়েছে।",
  [("মার্চের শেষ তিন সপ্তাহে", "2025-03")]),
 ("bn", "2025-06-10", "গত বছরের প্রথম ৮ মাসের তুলনায় এবার প্রবাসী আয় বেশি এসেছে।",
  [("গত বছরের প্রথম ৮ মাসের", "2024")]),
 ("bn", "2025-06-10", "এপ্রিলের প্রথম চার সপ্তাহে স্বাভাবিকের চেয়ে কম বৃষ্টি হয়েছে।",
  [("এপ্রিলের প্রথম চার সপ্তাহে", "2025-04")]),
 ("bn", "2025-11-20", "চলতি বছরের প্রথম দশ মাসে ডেঙ্গুতে তিন শতাধিক মানুষের মৃত্যু হয়েছে।",
  [("চলতি বছরের প্রথম দশ মাসে", "2025")]),
]

CONTROLS = [
 # the counts listed before still hold
 ("bn", "2025-06-10", "চলতি বছরের প্রথম ছয় মাসে আয় বেড়েছে।", [("চলতি বছরের প্রথম ছয় মাসে", "2025")]),
 ("bn", "2025-06-10", "ফেব্রুয়ারির প্রথম দুই সপ্তাহের মধ্যে কাজ শেষ হয়।",
  [("ফেব্রুয়ারির প্রথম দুই সপ্তাহের", "2025-02")]),
 ("bn", "2025-11-20", "গত মাসের শেষ দুই সপ্তাহে সীমান্তে টহল বাড়ানো হয়।",
  [("গত মাসের শেষ দুই সপ্তাহে", "2025-10")]),
 # a count of months after no year is a duration (T1), not a time
 ("bn", "2025-06-10", "প্রথম পাঁচ মাসে লক্ষ্য পূরণ হয়নি।", []),
]


@pytest.mark.parametrize("language, published, text, expected", COUNTED_PARTS)
def test_held_out_counted_part_of_month_or_year_is_one_expression(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_counted_part_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


BOUNDED_DAY_CUE = [
 # (sentence, the expression, the tense its verb tells)
 ("সেদিন রেখেছিলেন তিনি তাঁর শেষ বক্তব্য।", "সেদিন", "past"),
 ("সেদিন নির্ধারণ করা হয় নতুন ভাড়া, যা পরে বাতিল হয়েছিল।", "সেদিন", "past"),
 ("প্রতিদিন নির্ধারণ করা হয়েছিল বাজারদর।", "প্রতিদিন", "past"),
]

NEAREST_CONTROLS = [
 # a date with its word তারিখ/দিন, then the fixing verb: the nearest such date (no tense)
 ("পরের শুনানির জন্য ১২ নভেম্বর তারিখ রেখেছেন আদালত।", "১২ নভেম্বর তারিখ", None),
 ("আপিল শুনানির জন্য ৪ মার্চ দিন ধার্য করা হয়েছে।", "৪ মার্চ দিন", None),
]


@pytest.mark.parametrize("sentence, expression, tense", BOUNDED_DAY_CUE + NEAREST_CONTROLS)
def test_held_out_date_fixing_cue_needs_its_whole_word(sentence, expression, tense):
    grammar = grammar_for(lang.load("bn"))
    start = sentence.index(expression)
    assert grammar.tense(sentence, start, start + len(expression)) == tense
