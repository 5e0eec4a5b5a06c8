"""Held-out time fixtures (issue 10, round 42): in an English article with no anchor, a month named
relative to the unknown publication day ("last August", "next June") is a relative expression,
whose value is null (GUIDELINES T4: "a relative expression ... has value null"); its year is not
known and its month alone would say a calendar month the article never names. A month said as
this year's ("this December", "January this year") stays "XXXX-MM", as a bare "August" does, and
so does the Bengali "গত আগস্টে" (the Bengali gold values it "XXXX-08" in most articles).

Dev misses of the class: en writtendev 4 of 4 ("Last December", "next June", "Last August", "last
August": gold null every time), none the other way. Sentences written for this file (none copied
from any article); scored as the shared scorer does, with the gold anchor null.
Against the code before this change (2bd60f78): cases 0 of 4; after: 4 of 4. The controls pass
before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

CASES = [
 ("en", "Last December, a similar raid in the same district ended in six arrests.", [("Last December", None)]),
 ("en", "The bank wants inflation near 6 percent by the end of next June.", [("next June", None)]),
 ("en", "The commission, set up last August, has heard 900 complaints.", [("last August", None)]),
 ("en", "Floods hit the same villages last September, residents said.", [("last September", None)]),
]

CONTROLS = [
 # a month of this year, or a month alone, keeps its month with its year unknown
 ("en", "Exports fell in August, the bureau said.", [("August", "XXXX-08")]),
 ("en", "The ban took effect in January this year.", [("January this year", "XXXX-01")]),
 ("en", "This December the fair will run for two weeks.", [("This December", "XXXX-12")]),
 # "since" says the month is past, but the month is not said relative to publication
 ("en", "Rice prices have risen every week since August, traders said.", [("August", "XXXX-08")]),
 # a date with its day is a date without a year (T5)
 ("en", "He was arrested on 5 August last year.", [("5 August last year", "XXXX-08-05")]),
 # the Bengali gold values "গত <month>" at its month
 ("bn", "গত আগস্টে কমিশনটি গঠিত হয়।", [("গত আগস্টে", "XXXX-08")]),
]

DATED = [
 # a dated article: the month is that of the year before or after publication
 ("en", "Last December, a similar raid ended in six arrests.", "2025-06-18", [("Last December", "2024-12")]),
 ("en", "Inflation should ease by next June, the governor said.", "2025-09-10", [("next June", "2026-06")]),
]


@pytest.mark.parametrize("language, text, expected", CASES + CONTROLS)
def test_held_out_shifted_month_undated(language, text, expected):
    assert_times_as_scored(text, language, None, expected, anchor=None)


@pytest.mark.parametrize("language, text, published, expected", DATED)
def test_held_out_shifted_month_dated(language, text, published, expected):
    assert_times_as_scored(text, language, published, expected)
