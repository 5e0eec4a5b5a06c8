"""Held-out time fixtures (issue 10, round 19): a Bengali event named by its date in the genitive
and put off or called off ("৩ জানুয়ারির মহাসমাবেশ স্থগিত করা হয়েছে") takes the nearest such date:
the past tense is the postponement's, not the event's, so told on 28 December it is the coming
3 January (the `own_nearest` cue of lang/bn/times.yaml; grammar._own_cue). Before, the past verb
made it last January. Sentences written for this file (none copied from any article); scored as
the shared scorer does (time_fixtures.assert_times_as_scored).

Against the code before this work (32e2fab): cases 0 of 7; after: 7 of 7. The controls (a shift
word, an event with no postponement, a date just past) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("bn", SUN, "বিরোধী জোটের ৩ জানুয়ারির মহাসমাবেশ স্থগিত করা হয়েছে।", [("৩ জানুয়ারির", "2026-01-03")]),
 ("bn", SUN, "ভর্তি পরীক্ষার কারণে ১০ জানুয়ারির সমাবেশ বাতিল করেছে সংগঠনটি।", [("১০ জানুয়ারির", "2026-01-10")]),
 ("bn", SUN, "বিশ্ববিদ্যালয় কর্তৃপক্ষ ৬ জানুয়ারির পরীক্ষা পিছিয়ে দিয়েছে।", [("৬ জানুয়ারির", "2026-01-06")]),
 ("bn", SUN, "শোক দিবসের কারণে ২ জানুয়ারির ম্যাচ স্থগিত ঘোষণা করা হয়েছিল বলে জানান তিনি।", [("২ জানুয়ারির", "2026-01-02")]),
 ("bn", SUN, "আবহাওয়ার কারণে ৫ জানুয়ারির উৎসব বাতিল করা হয়েছে।", [("৫ জানুয়ারির", "2026-01-05")]),
 ("bn", SUN, "সংঘর্ষের পর ৭ জানুয়ারির বৈঠক স্থগিত করেন আয়োজকেরা।", [("৭ জানুয়ারির", "2026-01-07")]),
 ("bn", SUN, "নিরাপত্তার কারণে ৯ জানুয়ারির কর্মসূচি আপাতত স্থগিত রাখা হয়েছে।", [("৯ জানুয়ারির", "2026-01-09")]),
]

CONTROLS = [
 ("bn", SUN, "গত ২০ ডিসেম্বরের সমাবেশ স্থগিত করা হয়েছিল।", [("গত ২০ ডিসেম্বরের", "2025-12-20")]),
 ("bn", SUN, "২৫ মার্চের সমাবেশে হামলা হয়েছিল।", [("২৫ মার্চের", "2025-03-25")]),
 ("bn", SUN, "১৫ ডিসেম্বরের সভা বাতিল করা হয়েছে।", [("১৫ ডিসেম্বরের", "2025-12-15")]),
 ("bn", SUN, "৪ জানুয়ারির পরীক্ষায় অংশ নিয়েছিল ৩০ হাজার শিক্ষার্থী।", [("৪ জানুয়ারির", "2025-01-04")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_called_off_event_is_the_nearest_date(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
