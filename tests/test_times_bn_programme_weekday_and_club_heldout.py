"""Held-out time fixtures (issue 10, round 36, helper tm36), written for this file, none copied from
any article; scored as the shared scorer does (time_fixtures.assert_times_as_scored).

- A programme called for a weekday with its part of the day, its place between them ("বৃহস্পতিবার
  সকালে বাজারে মানববন্ধনের ডাক দিয়েছেন এলাকাবাসী", "সোমবার দুপুরে ভবনে বৈঠক ডাকা হয়েছে") is the
  programme's day, ahead, whatever the past verb of the call (bn times.yaml `tense.future`); not
  where the words between name where the call was made ("এক সংবাদ সম্মেলনে").
- The locative of "ক্লাব" ("প্রেসক্লাবে", at the press club) is no verb in -বে: it tells no future.

Against the code before (main at round 36's start): programmes 0 of 3, press club 0 of 2; controls
pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-10-26"  # a Sunday: Saturday back is the day before, ahead the week after

PROGRAMME_DAYS = [
 ("শুক্রবার দুপুরে জেলা শহরে মানববন্ধনের ডাক দিয়েছে শিক্ষার্থীরা।", [("শুক্রবার দুপুরে", "2025-10-31")]),
 ("শনিবার বিকেলে বন্দর ভবনে বৈঠক ডাকা হয়েছে বলে জানান তিনি।", [("শনিবার বিকেলে", "2025-11-01")]),
 ("শনিবার সকালে কলেজ মাঠে অবস্থান কর্মসূচির ঘোষণা দিয়েছেন শিক্ষকেরা।", [("শনিবার সকালে", "2025-11-01")]),
]

PRESS_CLUB = [
 ("শনিবার সকালে জাতীয় প্রেসক্লাবে সংবাদ সম্মেলন করেন শিক্ষকেরা।", [("শনিবার সকালে", "2025-10-25")]),
 ("শনিবার বিকেলে প্রেসক্লাবে এক সংবাদ সম্মেলনে মানববন্ধনের ঘোষণা দিয়েছে দলটি।", [("শনিবার বিকেলে", "2025-10-25")]),
]

CONTROLS = [
 ("শনিবার বিকেলে উপজেলা সদরে বিক্ষোভ মিছিল হয়।", [("শনিবার বিকেলে", "2025-10-25")]),
 ("শনিবার ঢাকায় মানববন্ধন করেন শিক্ষার্থীরা।", [("শনিবার", "2025-10-25")]),
 ("আগামী শনিবার সকালে সমাবেশ হবে।", [("আগামী শনিবার সকালে", "2025-11-01")]),
]


@pytest.mark.parametrize("text, expected", PROGRAMME_DAYS)
def test_programme_called_for_a_weekday_is_ahead(text, expected):
    assert_times_as_scored(text, "bn", SUN, expected)


@pytest.mark.parametrize("text, expected", PRESS_CLUB)
def test_press_club_tells_no_future(text, expected):
    assert_times_as_scored(text, "bn", SUN, expected)


@pytest.mark.parametrize("text, expected", CONTROLS)
def test_controls(text, expected):
    assert_times_as_scored(text, "bn", SUN, expected)
