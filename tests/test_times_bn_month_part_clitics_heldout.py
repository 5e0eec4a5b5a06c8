"""Held-out time fixtures (issue 10, round 27): a part of a month ("প্রথমার্ধে", "শেষ দিকে",
"শুরুতে", "শেষ সপ্তাহে") with the clitic "ই" (just, already) or "ও" (also) glued on
("ডিসেম্বরের প্রথমার্ধেই", "আগস্টের প্রথম দিকেও"): the time keeps the part with its clitic.
Before, the part was not read and the month stood alone, a span too short to match the whole.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (8f46ceb): 0 of 6; after: 6 of 6.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

NOV = "2025-11-15"

CLITIC_PARTS = [
 ("bn", NOV, "কমিশন জানিয়েছে, ডিসেম্বরের প্রথমার্ধেই তফসিল ঘোষণা হতে পারে।", [("ডিসেম্বরের প্রথমার্ধেই", "2025-12")]),
 ("bn", NOV, "সেতু বিভাগের আশা, মার্চের শেষ দিকেই নতুন সেতুটি চালু হবে।", [("মার্চের শেষ দিকেই", "2026-03")]),
 ("bn", NOV, "জুনের শুরুতেই কারখানাটি বন্ধ হয়ে যায়।", [("জুনের শুরুতেই", "2025-06")]),
 ("bn", NOV, "সেপ্টেম্বরের শেষ সপ্তাহেই পেঁয়াজের দাম কমতে শুরু করে।", [("সেপ্টেম্বরের শেষ সপ্তাহেই", "2025-09")]),
 ("bn", NOV, "আগস্টের প্রথম দিকেও একই এলাকায় পাহাড়ধস হয়েছিল।", [("আগস্টের প্রথম দিকেও", "2025-08")]),
 ("bn", None, "জুনের দ্বিতীয়ার্ধেই এবার বর্ষা শুরু হয়েছিল।", [("জুনের দ্বিতীয়ার্ধেই", "XXXX-06")]),
]


@pytest.mark.parametrize("language, published, text, expected", CLITIC_PARTS)
def test_held_out_month_part_with_clitic(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
