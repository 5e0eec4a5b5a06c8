"""Time fixtures (issue 10, round 32, helper tm32): an article with no publication date whose page
stamp states the day it was published, with its year ("প্রকাশিত: ০৩:৪৫ পিএম, ২২ জুন ২০২৫"), is
anchored on that day (DECISIONS T5: a "published" stamp is an anchor), so its bare weekdays and
relative days have values. `expressions._stamped_day` reads the first of the pack's `page_stamps`
that opens with a publication word (clean.yaml `dates.published_markers`); an "updated" stamp and a
masthead ("ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫", the day the page was seen) anchor nothing. The stamp's
own date stays out of the output (`_page_stamps_left_out`).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this change: the stamped cases fail (the weekdays are null); the controls
pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import BN, assert_times_as_scored
from khobor.times.expressions import find_times

STAMPED = [
 ("স্টাফ রিপোর্টার সিলেট প্রকাশিত: ০৪:১০ পিএম, ১৪ জুন ২০২৫\nশুক্রবার রাতে উপজেলার একটি গ্রাম থেকে তাঁকে আটক করা "
  "হয়। শনিবার দুপুরে তাঁকে আদালতে পাঠানো হয়।", [("শুক্রবার রাতে", "2025-06-13"), ("শনিবার দুপুরে", "2025-06-14")]),
 ("নিজস্ব প্রতিবেদক\nপ্রকাশিত: ০৮:১৫ এএম, ৪ জুলাই ২০২৫\nবৃহস্পতিবার বিকেলে বাজারে সবজির দাম কমেছে।",
  [("বৃহস্পতিবার বিকেলে", "2025-07-03")]),
]

CONTROLS = [
 # an update stamp tells when the page changed, not when it was put out: no anchor (T5: null)
 ("আপডেট: ০৪:১০ পিএম, ১৪ জুন ২০২৫\nশুক্রবার রাতে তাঁকে আটক করা হয়।", [("শুক্রবার রাতে", None)]),
 # a masthead tells the day the page was seen
 ("ঢাকা শনিবার, ১৪ জুন ২০২৫ জেলা প্রতিনিধি। শুক্রবার রাতে তাঁকে আটক করা হয়।", [("শুক্রবার রাতে", None)]),
]


@pytest.mark.parametrize("text,expected", STAMPED + CONTROLS)
def test_publication_stamp_anchors_an_undated_article(text, expected):
    assert_times_as_scored(text, "bn", None, expected)


def test_the_anchor_is_in_the_first_times_trace():
    times = find_times("প্রকাশিত: ০৮:১৫ এএম, ৪ জুলাই ২০২৫\nবৃহস্পতিবার বিকেলে সভা হয়।", BN, None)
    assert [t.value for t in times] == ["2025-07-03"]
    assert times[0]._explain[0] == {"step": "anchor", "rule": "stamped_day", "decision": "2025-07-04"}
