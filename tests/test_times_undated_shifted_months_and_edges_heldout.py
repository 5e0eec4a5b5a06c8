"""Held-out time fixtures (issue 10, round 36, helper tm36), written for this file, none copied from
any article; scored as the shared scorer does (time_fixtures.assert_times_as_scored).

- In an article with no publication date (GUIDELINES T4, DECISIONS T5), a month moved by a shift
  word of its own ("গত আগস্টে", "Last December", "next June") is a relative expression with no
  value, while a month of a relative year ("গত বছরের আগস্টে", "September last year") keeps its
  month with its year unknown, XXXX-MM, as a bare month does. Before: the other way round.
- An edge of the day keeps the "on" after it: "early on Saturday", "late on Tuesday night" are one
  expression (T2), as "early Saturday" was; a bare "on Saturday" still leaves "on" out.

Against the code before (main at round 36's start): undated months 0 of 6, edges 2 of 3 (the
scorer's overlap already forgives "late on Sunday night" against "Sunday night", not "early on
Monday" against "Monday"); controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

OCT = "2025-10-15"  # a Wednesday

UNDATED_MONTHS = [
 ("bn", "গত মার্চে নদীর বাঁধটি ভেঙে গিয়েছিল বলে জানান গ্রামবাসী।", [("গত মার্চে", None)]),
 ("bn", "আগামী জুনে সেতুটি চালু হবে বলে আশা করছে সড়ক বিভাগ।", [("আগামী জুনে", None)]),
 ("bn", "গত বছরের মে মাসের পর থেকে কারখানাটি বন্ধ রয়েছে।", [("গত বছরের মে মাসের", "XXXX-05")]),
 ("en", "Last February, a similar raid in the same district found nothing.", [("Last February", None)]),
 ("en", "The bridge should open to traffic by next April, the engineer said.", [("next April", None)]),
 ("en", "The mill shut down in October last year after its owner fled.", [("October last year", "XXXX-10")]),
]

EDGES = [
 ("en", OCT, "Two boats capsized in the river early on Monday, the coast guard said.",
  [("early on Monday", "2025-10-13")]),
 ("en", OCT, "The blaze broke out late on Sunday night and was doused by dawn.",
  [("late on Sunday night", "2025-10-12")]),
 ("en", OCT, "The talks ended late on Tuesday, 14 October, without a deal.",
  [("late on Tuesday, 14 October", "2025-10-14")]),
]

CONTROLS = [
 ("bn", None, "আগস্টে মুন্সিগঞ্জে দুটি ডাকাতির ঘটনা ঘটে।", [("আগস্টে", "XXXX-08")]),
 ("bn", None, "গত ২৬ আগস্ট দলের বর্ধিত সভা হয়।", [("গত ২৬ আগস্ট", "XXXX-08-26")]),
 ("bn", OCT, "গত আগস্টে নদীভাঙনে স্কুলটি বিলীন হয়।", [("গত আগস্টে", "2025-08")]),
 ("en", OCT, "Last December, a similar drive seized 1,000 pills.", [("Last December", "2024-12")]),
 ("en", OCT, "The market reopened on Monday after the strike.", [("Monday", "2025-10-13")]),
 ("en", OCT, "Early on, the team struggled, but it won on Sunday.", [("Sunday", "2025-10-12")]),
]


@pytest.mark.parametrize("language, text, expected", UNDATED_MONTHS)
def test_undated_shifted_month_is_null_and_month_of_shifted_year_is_xxxx(language, text, expected):
    assert_times_as_scored(text, language, None, expected)


@pytest.mark.parametrize("language, published, text, expected", EDGES)
def test_edge_keeps_its_on(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
