"""Held-out time fixtures (issue 10, round 20) for two classes of false times seen on unlabelled
bn news-dev rows (seeds 11, 12), none of which names a calendar point (GUIDELINES T1):

- a relative unit followed by a rough count is a duration, not the last year or month: "গত বছর
  দেড়েক ধরে" (for the last year and a half), "গত মাস ছয়েক" (the last six months or so), "the
  last year and a half", "over the last year or so" (rules `shift_unit_rough_count`);
- "মার্চ" as the loanword march, a procession: "লং মার্চ", "রোডমার্চ", "মার্চ টু যমুনা", "মার্চ ফর
  জাস্টিস" (rule `march_procession`).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (e320c6e): durations 0 of 7, marches 0 of 6; after: 7 and 6.
The controls (plain "গত বছর", "last year", the month March with a day or a locative) pass before
and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"

DURATIONS = [
 ("bn", "গত বছর দেড়েক ধরে দলটি সাংগঠনিক সংকটে আছে।", []),
 ("bn", "গত বছর দেড়েকের মধ্যে তিনবার রাষ্ট্রদূতকে তলব করা হয়েছে।", []),
 ("bn", "গত বছর দুয়েক ধরে তিনি দেশের বাইরে আছেন।", []),
 ("bn", "কারখানাটির শ্রমিকদের গত মাস ছয়েক ধরে বেতন বন্ধ।", []),
 ("en", "In the last year and a half, garment exports have fallen steadily.", []),
 ("en", "Over the last year or so, the alliance has split twice.", []),
 ("en", "The last year and a half has been hard for small traders.", []),
]

MARCHES = [
 ("bn", "সংগঠনটি শনিবার মার্চ টু যমুনা কর্মসূচি ঘোষণা করেছে।", [("শনিবার", "2025-12-27")]),
 ("bn", "দাবি আদায়ে শ্রমিকরা লং মার্চ শুরু করবেন।", []),
 ("bn", "শিক্ষার্থীরা মার্চ ফর জাস্টিস কর্মসূচি পালন করে।", []),
 ("bn", "আগামীকাল লং মার্চে অংশ নেবেন চা শ্রমিকরা।", [("আগামীকাল", "2025-12-29")]),
 ("bn", "দলটি 'মার্চ টু সচিবালয়' কর্মসূচি দিয়েছে।", []),
 ("bn", "লং মার্চের পর সমাবেশে বক্তব্য দেন নেতারা।", []),
]

CONTROLS = [
 ("bn", "গত বছর রপ্তানি কমেছিল।", [("গত বছর", "2024")]),
 ("en", "Garment exports fell last year.", [("last year", "2024")]),
 ("bn", "আগামী মার্চে উপজেলা নির্বাচন হতে পারে।", [("আগামী মার্চে", "2026-03")]),
 ("bn", "২৬ মার্চ স্বাধীনতা দিবস পালিত হবে।", [("২৬ মার্চ", "2026-03-26")]),
 ("en", "Students began a long march to the capital on Sunday.", [("Sunday", "2025-12-28")]),
]


@pytest.mark.parametrize("language, text, expected", DURATIONS)
def test_held_out_rough_durations(language, text, expected):
    assert_times_as_scored(text, language, SUN, expected)


@pytest.mark.parametrize("language, text, expected", MARCHES)
def test_held_out_march_as_procession(language, text, expected):
    assert_times_as_scored(text, language, SUN, expected)


@pytest.mark.parametrize("language, text, expected", CONTROLS)
def test_held_out_durations_and_marches_controls(language, text, expected):
    assert_times_as_scored(text, language, SUN, expected)
