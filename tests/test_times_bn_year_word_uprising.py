"""A two-digit year word in the name of an uprising or a movement ("চব্বিশের আন্দোলনে",
"ঊনসত্তরের গণ-অভ্যুত্থানে") names the event, not a time (rule `short_year_uprising`), as the July
uprising named by its month does not ("জুলাই গণঅভ্যুত্থান"); annotators leave these unmarked. Before
(round 37) the year word was read as the year. Controls: the year word before a month or another
event ("একাত্তরের মুক্তিযুদ্ধে") and a year in digits before the uprising stay times.
Sentences written for this file.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

CASES = [
 ("bn", "2025-09-14", "চব্বিশের আন্দোলনে শহরের তিন তরুণ গুলিতে নিহত হন।", []),
 ("bn", "2025-09-14", "ঊনসত্তরের গণ-অভ্যুত্থানে তিনি ছাত্রনেতা হিসেবে অংশ নেন।", []),
 ("bn", "2025-09-14", "চব্বিশের গণঅভ্যুত্থানের পর দলটি নতুন করে সংগঠিত হয়।", []),
 ("bn", "2025-09-14", "চব্বিশের আগস্টে তিনি দেশ ছাড়েন।", [("চব্বিশের আগস্টে", "2024-08")]),
 ("bn", "2025-09-14", "একাত্তরের মুক্তিযুদ্ধে তাঁর বাবা শহীদ হন।", [("একাত্তরের", "1971")]),
 ("bn", "2025-09-14", "১৯৯০ সালের গণ-অভ্যুত্থানে তিনি কারাগারে ছিলেন।", [("১৯৯০ সালের", "1990")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_year_word_naming_an_uprising_is_no_time(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
