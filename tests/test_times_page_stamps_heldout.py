"""Held-out time fixtures (issue 10, round 30, helper tm30): the page's own date stamp is no time of
the article. A publication or update line flattened into the text ("প্রকাশিত: ০৩:৪৫ পিএম, ২২ জুন
২০২৫", "Last modified: 24 May, 2025, 03:31 pm"), a line of nothing but a date and a clock, and a
masthead date after the city ("ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫") tell when the page was put out;
annotators leave them out on both halves of dev (real and written articles, both languages). The pack's
`page_stamps` name them; `expressions._page_stamps_left_out` drops the times inside them.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this change: the stamp cases fail (the stamp's date is found); the controls
(a dateline with its comma, a date and clock inside a sentence) pass
before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import BN, EN, assert_times_as_scored
from khobor.times.expressions import find_times

STAMPS = [
 ("bn", "2025-06-22", "স্টাফ রিপোর্টার প্রকাশিত: ০৪:১০ পিএম, ২২ জুন ২০২৫\nশনিবার রাতে বাজারে আগুন লাগে।",
  [("শনিবার রাতে", "2025-06-21")]),
 ("bn", "2025-01-27", "প্রকাশ: ২৭ জানুয়ারি ২০২৫, ১১:২০ এএম\nগত ১৫ জানুয়ারি মামলাটি করা হয়।",
  [("গত ১৫ জানুয়ারি", "2025-01-15")]),
 ("bn", "2025-12-28", "ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ জেলা প্রতিনিধি। রোববার বিকেলে সমাবেশ হয়।",
  [("রোববার বিকেলে", "2025-12-28")]),
 ("en", "2025-05-24", "Kyiv\n24 May, 2025, 10:05 am\nLast modified: 24 May, 2025, 11:40 am\n"
  "Drones struck the city on Friday night.", [("Friday night", "2025-05-23")]),
 ("en", "2025-03-02", "Published: March 2, 2025\nThe talks resumed on 28 February.",
  [("28 February", "2025-02-28")]),
 # the clock before the date (en), the weekday before the date (bn): round 30's re-readers' cases
 ("en", "2025-05-24", "Updated: 10:45 am, May 24, 2025\nThe ferry sank on Thursday.", [("Thursday", "2025-05-22")]),
 ("bn", "2025-12-29", "প্রকাশ: সোমবার, ২৯ ডিসেম্বর ২০২৫\nরোববার রাতে হামলা হয়।", [("রোববার রাতে", "2025-12-28")]),
]

CONTROLS = [
 # a dateline has a comma after the city: its date is the story's own, and counted
 ("bn", "2025-12-29", "ঢাকা, ২৯ ডিসেম্বর - নির্বাচন কমিশন তফসিল ঘোষণা করেছে।", [("২৯ ডিসেম্বর", "2025-12-29")]),
 # a date and a clock inside a sentence are a time of the story
 ("en", "2025-05-24", "The blast came on 23 May, 2025, 9:15 pm, police said.", [("23 May, 2025", "2025-05-23")]),
]


@pytest.mark.parametrize("lang,published,text,expected", STAMPS + CONTROLS)
def test_page_stamps_left_out(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)


def test_left_out_stamp_is_in_the_next_times_trace():
    text = "Last modified: 24 May, 2025, 11:40 am\nDrones struck the city on Friday night."
    times = find_times(text, EN, "2025-05-24")
    assert [t.text for t in times] == ["Friday night"]
    assert any(s.get("rule") == "page_stamps" for s in times[0]._explain)
