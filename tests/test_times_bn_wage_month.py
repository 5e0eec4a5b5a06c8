"""Time fixtures (issue 10, round 40): a Bengali month in the genitive that owns a wage ("মে মাসের
বেতন", "ডিসেম্বরের মজুরি") is a month already worked, whatever the tense of the payment: the
latest such month on or before publication (bn times.yaml `tense.own_past`), not the next one a
future verb ("দেওয়া হবে") would choose (GUIDELINES T3: the words choose the year). A month of an
event to come keeps the future.
Sentences written for this file (none copied from any article); scored as the shared scorer does.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

CASES = [
 ("2025-08-20", "শ্রমিকদের জানানো হয়, আগামী রোববারের মধ্যে মে মাসের বেতন দেওয়া হবে।",
  [("আগামী রোববারের", "2025-08-24"), ("মে মাসের", "2025-05")]),
 ("2025-03-10", "মালিকপক্ষ বলেছে, ডিসেম্বরের মজুরি আগামী বৃহস্পতিবার দেওয়া হবে।",
  [("ডিসেম্বরের", "2024-12"), ("আগামী বৃহস্পতিবার", "2025-03-13")]),
 # control: a month of what is to come stays ahead
 ("2025-08-20", "কারখানার নতুন ভবনের কাজ ডিসেম্বরের মধ্যে শেষ হবে।", [("ডিসেম্বরের মধ্যে", "2025-12")]),
]


@pytest.mark.parametrize("published, text, expected", CASES)
def test_wage_month_is_a_month_worked(published, text, expected):
    assert_times_as_scored(text, "bn", published, expected)
