"""Held-out time fixtures (issue 10, round 19): "ডিসম্বের", a misspelling of ডিসেম্বর (the vowel
sign moved past the consonant) written in the date brackets of unlabelled bn news-dev rows of one
outlet ("সোমবার (২৯ ডিসম্বের) সন্ধ্যায়"): the date was lost and the weekday alone kept. It is read as
December (a `plain` form of month 12, never inflected). Sentences written for this file (none
copied from any article); scored as the shared scorer does (time_fixtures.assert_times_as_scored).

Against the code before this work (32e2fab): cases 0 of 6; after: 6 of 6.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday

CASES = [
 ("bn", SUN, "শনিবার (২৭ ডিসম্বের) সন্ধ্যায় দলের বৈঠক শেষ হয়।", [("শনিবার (২৭ ডিসম্বের) সন্ধ্যায়", "2025-12-27")]),
 ("bn", None, "রোববার (২৮ ডিসম্বের) রাতে তিনি ঢাকায় পৌঁছান।", [("রোববার (২৮ ডিসম্বের) রাতে", "XXXX-12-28")]),
 ("bn", SUN, "২২ ডিসম্বের থেকে জেলায় শৈত্যপ্রবাহ চলছে।", [("২২ ডিসম্বের", "2025-12-22")]),
 ("bn", SUN, "গত ১৯ ডিসম্বের তাকে গ্রেপ্তার করা হয়।", [("গত ১৯ ডিসম্বের", "2025-12-19")]),
 ("bn", SUN, "আগামী ৩১ ডিসম্বের রাতে আতশবাজি নিষিদ্ধ থাকবে।", [("আগামী ৩১ ডিসম্বের রাতে", "2025-12-31")]),
 ("bn", SUN, "২০২৪ সালের ৩ ডিসম্বের প্রকল্পটি অনুমোদন পায়।", [("২০২৪ সালের ৩ ডিসম্বের", "2024-12-03")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_misspelt_december(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
