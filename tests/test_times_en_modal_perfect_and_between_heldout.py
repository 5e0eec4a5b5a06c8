"""Held-out time fixtures (issue 10, round 24b), English.

1. A modal with a perfect ("may have been killed", "could have crossed", "would have reached") tells a
   past that is uncertain or unreal, not a future: it is no future cue, and a year-less month or day
   in its clause is the past one (before, "may"/"could"/"would" made it the coming one).
2. "between 3 March and 9 April, 2024": the two ends of a range joined by "and" are put in order as
   those joined by "to" are (`_range_ends_in_order`): the first takes the year written on the second
   (before, it was the nearest one to publication, a year after the end).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (f74685e): modal perfect 0 of 6, between-and 0 of 6 (a seventh,
with "may have", passed before); after: 13 of 13. Controls (a modal future, a list in order)
pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

JUNE = "2025-06-18"

MODAL_PERFECT = [
 ("en", JUNE, "Officials said the boat may have capsized in February near the estuary.", [("February", "2025-02")]),
 ("en", JUNE, "The ledger shows the funds could have been moved out in March through two shell firms.",
  [("March", "2025-03")]),
 ("en", JUNE, "Investigators believe the suspect might have crossed the border in January.", [("January", "2025-01")]),
 ("en", JUNE, "Without the embankment, the water would have reached the town in February.", [("February", "2025-02")]),
 ("en", JUNE, "Doctors said the patient may have contracted the virus on March 30 at a wedding.",
  [("March 30", "2025-03-30")]),
 ("en", JUNE, "Without the bailout the bank could have collapsed in January, analysts believe.",
  [("January", "2025-01")]),
]

BETWEEN_AND = [
 ("en", JUNE, "At least 80 workers may have died between July 10 and August 2, 2024, in the zone.",
  [("July 10", "2024-07-10"), ("August 2, 2024", "2024-08-02")]),
 ("en", JUNE, "Prices rose sharply between September 12 and October 1, 2024, traders recalled.",
  [("September 12", "2024-09-12"), ("October 1, 2024", "2024-10-01")]),
 ("en", JUNE, "Between July 20 and August 9, 2024, the two hospitals admitted hundreds of injured students.",
  [("July 20", "2024-07-20"), ("August 9, 2024", "2024-08-09")]),
 ("en", JUNE, "Repairs on the bridge ran between August 28 and September 3, 2024, by night.",
  [("August 28", "2024-08-28"), ("September 3, 2024", "2024-09-03")]),
 ("en", JUNE, "Auditors examined loans issued between July 1 and December 31, 2024, by the branch.",
  [("July 1", "2024-07-01"), ("December 31, 2024", "2024-12-31")]),
 ("en", JUNE, "Exports between September 1 and November 30, 2024 are now put at $9 billion.",
  [("September 1", "2024-09-01"), ("November 30, 2024", "2024-11-30")]),
 ("en", JUNE, "Rainfall between July 5 and September 9, 2024 is put at twice the normal level.",
  [("July 5", "2024-07-05"), ("September 9, 2024", "2024-09-09")]),
]

CONTROLS = [
 ("en", JUNE, "The minister said the new terminal may open in September.", [("September", "2025-09")]),
 ("en", JUNE, "The tribunal sat on March 3 and April 9 this year.", [("March 3", "2025-03-03"), ("April 9 this year", "2025-04-09")]),
 # "and" joins a list of days, not a range, without "between": each day is dated alone
 ("en", "2026-01-10", "Fires broke out in the market on 3 January and 28 December.",
  [("3 January", "2026-01-03"), ("28 December", "2025-12-28")]),
 ("en", "2026-01-12", "Two strikes were held, on 5 January and 29 December.",
  [("5 January", "2026-01-05"), ("29 December", "2025-12-29")]),
]


@pytest.mark.parametrize("language, published, text, expected", MODAL_PERFECT)
def test_held_out_modal_perfect_is_past(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", BETWEEN_AND)
def test_held_out_between_and_in_order(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_modal_and_list_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
