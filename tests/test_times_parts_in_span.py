"""Time fixtures (issue 10, round 32, helper tm32): a part of a month or a year keeps its words in the
expression's span (GUIDELINES T2), where annotators put them on both halves of dev: the part as the
start or end of a span without its locative ("জানুয়ারির শেষ দিক থেকে", "মার্চের শেষ সপ্তাহ পর্যন্ত":
bn `monthpart`), a part of a year written out ("২০২৬ সালের মাঝামাঝি": bn rule `year_marked_part`), a
count of a year's first months in halves ("প্রথম আড়াই মাসে": bn macro `year_part`), a season of a
year ("the spring of 2022": en `monthpart`) and a count of a year's first months ("the first four
months of 2018": en rule `year_count_part`). The value stays the month's or the year's.

Sentences written for this file (none copied from any article); scored as the shared scorer does
(a span less than half the gold's does not match). Against the code before this change: the part
cases fail (the span is the month or year alone); the controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

PARTS = [
 ("bn", "2025-04-02", "ফেব্রুয়ারির শেষ দিক থেকে জরিপের কাজ চলছে।", [("ফেব্রুয়ারির শেষ দিক থেকে", "2025-02")]),
 ("bn", "2025-05-06", "ঠিকাদার এপ্রিলের শেষ সপ্তাহ পর্যন্ত বাঁধে মাটি ফেলেছে।", [("এপ্রিলের শেষ সপ্তাহ", "2025-04")]),
 ("bn", "2025-04-02", "সংস্থাটি বলছে, ২০২৭ সালের মাঝামাঝি প্রকল্প শেষ হবে।", [("২০২৭ সালের মাঝামাঝি", "2027")]),
 ("bn", "2025-04-02", "চলতি বছরের প্রথম দেড় মাসে নদীতে পাঁচজন ডুবে গেছেন।", [("চলতি বছরের প্রথম দেড় মাসে", "2025")]),
 ("en", "2025-06-02", "Exports have not been this low since the autumn of 2021, the bureau said.",
  [("the autumn of 2021", "2021")]),
 ("en", "2025-06-02", "The port handled 40 ships in the first three months of 2019.",
  [("the first three months of 2019", "2019")]),
]

CONTROLS = [
 # a written year with no part keeps its bare span; "শেষ দিন" is no part of the month
 ("bn", "2025-04-02", "২০১৯ সালের পর তিনি দেশে ফেরেন।", [("২০১৯ সাল", "2019")]),
 ("en", "2025-06-02", "He returned home after the fall of the government in May.", [("May", "2025-05")]),
]


@pytest.mark.parametrize("lang,published,text,expected", PARTS + CONTROLS)
def test_a_part_of_a_month_or_year_is_in_the_span(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
