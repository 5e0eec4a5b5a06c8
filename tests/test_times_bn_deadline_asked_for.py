"""Time fixtures (issue 10, round 37): a Bengali deadline ("X-এর মধ্যে") of a task asked for with
an infinitive before the verb of asking ("জমা দিতে বলা হয়েছে") is ahead of the asking: the coming
date, though the verb of asking is past (GUIDELINES T3: the tense and words choose the year).
A past perfect ("বলা হয়েছিল") and a task done by the date ("জমা দিয়েছে") keep the past date.
Sentences written for this file (none copied from any article); scored as the shared scorer does.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

CASES = [
 # published Monday 2025-10-13
 ("2025-10-13", "দলগুলোর লিখিত মতামত ২০ অক্টোবরের মধ্যে জমা দিতে বলা হয়েছে।", [("২০ অক্টোবরের মধ্যে", "2025-10-20")]),
 ("2025-10-13", "কমিশন বলেছে, আবেদনকারীদের ২৫ অক্টোবরের মধ্যে কাগজপত্র পাঠাতে বলেছে বোর্ড।", [("২৫ অক্টোবরের মধ্যে", "2025-10-25")]),
 # controls: the past date
 ("2025-10-13", "দলগুলোর লিখিত মতামত ২০ অক্টোবরের মধ্যে জমা দিতে বলা হয়েছিল।", [("২০ অক্টোবরের মধ্যে", "2024-10-20")]),
 ("2025-10-13", "দলগুলো ২০ অক্টোবরের মধ্যে মতামত জমা দিয়েছে।", [("২০ অক্টোবরের মধ্যে", "2024-10-20")]),
]


@pytest.mark.parametrize("published, text, expected", CASES)
def test_deadline_asked_for_is_ahead(published, text, expected):
    assert_times_as_scored(text, "bn", published, expected)
