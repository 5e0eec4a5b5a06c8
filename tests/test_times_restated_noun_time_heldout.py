"""Held-out time fixtures (issue 10, round 22): a restated date's role, not its clause's tense.

A bare day and month told again after the article wrote the same date with its year keeps that
year (`expressions._restated_in_its_year`), except when it is the time of an act still to come
("Rallies will mark the anniversary on 5 August" is next 5 August). Round 21's fix asked only the
clause's tense, so a date that qualifies a noun inside a future clause ("the tribunal will hear the
cases of the killings of 5 August") moved to the coming 5 August. A date in the genitive, "of 5
August", "5 August's", "৫ আগস্টের", names the time of the noun it qualifies, which the article told
with its year; a genitive followed by a postposition ("৫ আগস্টের মধ্যে", by 5 August) is the act's
time again (data: `genitive` in `lang/*/times.yaml`).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this change (1730752): noun times 0 of 6; after: 6 of 6. The controls
(the act's own time in a future clause) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"

NOUN_TIMES = [
 ("en", "Protesters were shot dead near the bridge on 5 August 2024. Families filed cases. The police "
        "named forty suspects. The tribunal will hear the cases of the killings of 5 August.",
  [("5 August 2024", "2024-08-05"), ("5 August", "2024-08-05")]),
 ("en", "Floods swept through three northern districts on 20 June 2025. Crops were lost. Roads were cut. "
        "A committee will assess the damage of 20 June before the budget.",
  [("20 June 2025", "2025-06-20"), ("20 June", "2025-06-20")]),
 ("en", "Students rallied outside the ministry on 10 March 2025. Several were hurt. The vice chancellor "
        "resigned. Investigators will question the organisers of 10 March's rally.",
  [("10 March 2025", "2025-03-10"), ("10 March", "2025-03-10")]),
 ("bn", "২০২৪ সালের ৫ আগস্ট সেতুর কাছে গুলিতে কয়েকজন নিহত হন। স্বজনেরা মামলা করেন। পুলিশ অভিযোগপত্র "
        "দেয়। ট্রাইব্যুনালে ৫ আগস্টের হত্যাকাণ্ডের বিচার শুরু হবে।",
  [("২০২৪ সালের ৫ আগস্ট", "2024-08-05"), ("৫ আগস্টের", "2024-08-05")]),
 ("bn", "২০২৫ সালের ২০ জুন উত্তরের তিন জেলায় বন্যা হয়। ফসল নষ্ট হয়। সড়ক ভেঙে যায়। একটি কমিটি ২০ জুনের "
        "বন্যার ক্ষয়ক্ষতির হিসাব করবে।",
  [("২০২৫ সালের ২০ জুন", "2025-06-20"), ("২০ জুনের", "2025-06-20")]),
 ("bn", "২০২৫ সালের ১০ মার্চ মন্ত্রণালয়ের সামনে শিক্ষার্থীরা সমাবেশ করেন। কয়েকজন আহত হন। উপাচার্য পদত্যাগ "
        "করেন। পুলিশ ১০ মার্চের সমাবেশের আয়োজকদের জিজ্ঞাসাবাদ করবে।",
  [("২০২৫ সালের ১০ মার্চ", "2025-03-10"), ("১০ মার্চের", "2025-03-10")]),
]

ACT_TIMES = [
 # the act's own time in a future clause: the coming day
 ("en", "Protesters were shot dead near the bridge on 5 August 2024. Families filed cases. The police "
        "named forty suspects. Memorial prayers will be held on 5 August.",
  [("5 August 2024", "2024-08-05"), ("5 August", "2026-08-05")]),
 ("en", "Floods swept through three northern districts on 20 June 2025. Crops were lost. Roads were cut. "
        "The committee will submit its report by 20 June.",
  [("20 June 2025", "2025-06-20"), ("20 June", "2026-06-20")]),
 # a genitive followed by a postposition is the act's time: "by 20 June", "after 10 March"
 ("bn", "২০২৫ সালের ২০ জুন উত্তরের তিন জেলায় বন্যা হয়। ফসল নষ্ট হয়। সড়ক ভেঙে যায়। কমিটি ২০ জুনের মধ্যে "
        "প্রতিবেদন জমা দেবে।",
  [("২০২৫ সালের ২০ জুন", "2025-06-20"), ("২০ জুনের মধ্যে", "2026-06-20")]),
 ("bn", "২০২৫ সালের ১০ মার্চ মন্ত্রণালয়ের সামনে শিক্ষার্থীরা সমাবেশ করেন। কয়েকজন আহত হন। উপাচার্য পদত্যাগ "
        "করেন। ১০ মার্চ আবার সমাবেশ হবে।",
  [("২০২৫ সালের ১০ মার্চ", "2025-03-10"), ("১০ মার্চ", "2026-03-10")]),
]


@pytest.mark.parametrize("language, text, expected", NOUN_TIMES)
def test_held_out_restated_noun_times(language, text, expected):
    assert_times_as_scored(text, language, SUN, expected)


@pytest.mark.parametrize("language, text, expected", ACT_TIMES)
def test_held_out_restated_act_times(language, text, expected):
    assert_times_as_scored(text, language, SUN, expected)
