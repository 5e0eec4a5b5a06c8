"""Held-out time fixtures (issue 10, round 44): a Bengali meeting, hearing or programme called for a
day is ahead, whatever the past of the calling (bn `future`: "বৈঠক ডাকা হয়েছে", "হরতাল ডেকেছে",
as English "called a rally for Tuesday" in en `ahead`): "মঙ্গলবার ত্রিপক্ষীয় বৈঠক ডাকা হয়েছে",
told on a Sunday, is the coming Tuesday. A calling told in the past perfect ("ডাকা হয়েছিল") is past.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against main at f2a441c0: 0 of 4 held out pass; after: 4 of 4. Controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SEP = "2025-09-14"  # a Sunday

CALLED_FOR_A_DAY = [
 ("দপ্তর থেকে জানানো হয়েছে, মঙ্গলবার মালিক ও শ্রমিক প্রতিনিধিদের নিয়ে ত্রিপক্ষীয় বৈঠক ডাকা হয়েছে।", [("মঙ্গলবার", "2025-09-16")]),
 ("বৃহস্পতিবার সারা দেশে হরতাল ডেকেছে দলটি।", [("বৃহস্পতিবার", "2025-09-18")]),
 ("ইউএনও জানান, বুধবার দুই পক্ষের নেতাদের নিয়ে সভা ডাকা হয়েছে।", [("বুধবার", "2025-09-17")]),
 ("কমিশন দুই পক্ষকে সোমবার শুনানিতে ডেকেছে।", [("সোমবার", "2025-09-15")]),
]

CONTROLS = [
 ("মঙ্গলবার জরুরি বৈঠক ডাকা হয়েছিল।", [("মঙ্গলবার", "2025-09-09")]),
 ("বৃহস্পতিবার বৈঠকে সিদ্ধান্ত হয়েছে।", [("বৃহস্পতিবার", "2025-09-11")]),
]


@pytest.mark.parametrize("text,expected", CALLED_FOR_A_DAY + CONTROLS)
def test_called_for_a_day(text, expected):
    assert_times_as_scored(text, "bn", SEP, expected)
