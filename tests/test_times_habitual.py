"""Times told as a habit or custom (issue 10, round 31, helper tm31): a time after a habit word in
its clause ("usually", "every year", "প্রথা অনুযায়ী", "সাধারণত") recurs, a frequency that names no
calendar point (GUIDELINES T1), though no frequency word stands right before it; the pack's
`habitual` words, `expressions._habits_left_out`. A clause break ends the words' reach, and "as /
like every year", "প্রতি বছরের মতো" tell of this year's day.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this change the habit cases fail (their months and dates are found); the
controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import EN, assert_times_as_scored
from khobor.times.expressions import find_times

CASES = [
 ("en", "2025-07-10", "The monsoon usually runs from late June to the end of September. Rain fell on 2 July.",
  [("2 July", "2025-07-02")]),
 ("en", "2025-07-10", "The board checks the dam every year between March and May.", []),
 ("en", "2025-07-10", "Fares typically rise in December, the operator said.", []),
 ("bn", "2025-12-28", "প্রথা অনুযায়ী অর্থবছরের প্রথম দিন ১ জুলাই ব্যাংকের লেনদেন বন্ধ থাকে। গত ২ জুলাই বৈঠক হয়।",
  [("গত ২ জুলাই", "2025-07-02")]),
 ("bn", "2025-12-28", "সাধারণত জুনে বর্ষা আসে।", []),
 # the habit's clause ends at the comma: the day of the news after it stays
 ("en", "2025-07-10", "The fair, which usually opens in March, opened on 2 April.", [("2 April", "2025-04-02")]),
 # controls, kept before and after: a clause break, "like every year", "প্রতি বছরের মতো"
 ("en", "2025-07-10", "Usually quiet, the market filled on Friday.", [("Friday", "2025-07-04")]),
 ("en", "2025-12-28", "Like every year the rally was held on 16 December.", [("16 December", "2025-12-16")]),
 ("bn", "2025-12-28", "প্রতি বছরের মতো এবারও ১৬ ডিসেম্বর কুচকাওয়াজ হয়।", [("১৬ ডিসেম্বর", "2025-12-16")]),
 # a new clause opened by "but" / "কিন্তু" with no comma ends the habit word's reach
 ("en", "2025-12-28", "The book fair usually opens in February but this year the ministry opened it on 3 March.",
  [("this year", "2025"), ("3 March", "2025-03-03")]),
 ("bn", "2025-12-28", "মেলা সাধারণত ফেব্রুয়ারিতে শুরু হয় কিন্তু এবার ৩ মার্চ শুরু হয়েছে।", [("৩ মার্চ", "2025-03-03")]),
 # "every year since": the year the habit began is a calendar point
 ("en", "2025-12-28", "The festival has been held every year since 2010.", [("2010", "2010")]),
]


@pytest.mark.parametrize("lang,published,text,expected", CASES)
def test_habits_left_out(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)


def test_left_out_habits_are_named_in_the_next_times_trace():
    text = "The monsoon usually runs from late June to the end of September. Rain fell on 2 July."
    (kept,) = find_times(text, EN, "2025-07-10")
    named = [step["decision"] for step in kept._explain if step.get("rule") == "habitual"]
    assert (kept.text, named) == ("2 July", [f"'late June' at {text.index('late')}",
                                              f"'the end of September' at {text.index('the end')}"])
