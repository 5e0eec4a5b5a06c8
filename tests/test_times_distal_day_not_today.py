"""A distal "that day" ("সেদিন", "ওই দিন", "that day") never names the day of the telling, which the
writer or the speaker calls "today" (times.yaml rule option `distal`, expressions._distal_after_today):
after a day told as today it points farther back or ahead, and with no other day close it is not
reported. A proximal "this day" ("এদিন") and "the next day" after today are unaffected. Fixtures
written for this test (issue 10, helper tm35)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

TUE = "2025-08-26"   # a Tuesday
CASES = [
 # the speaker's "that day" is the day of the killing, not the day of the hearing
 ("bn", TUE, "এ মামলায় আজ পর্যন্ত সাতজনের সাক্ষ্য নেওয়া শেষ হয়েছে। তার ভাষায়, “প্রতিটি সাক্ষ্যই "
  "আমাদের বলে দিচ্ছে সেদিন চানখারপুলে কী ঘটেছিল।”", [("আজ", TUE)]),
 ("en", "2025-12-25", "Today, Thursday, 25 December, that day has arrived.", [("Today, Thursday, 25 December", "2025-12-25")]),
 # a day told before today is still the one it names
 ("bn", TUE, "গত ৫ আগস্ট মিছিল হয়। সেদিন পুলিশ গুলি চালায়।", [("গত ৫ আগস্ট", "2025-08-05"), ("সেদিন", "2025-08-05")]),
 # a proximal "this day" is today
 ("bn", TUE, "আজ মঙ্গলবার সকালে সভা হয়। এদিন দুপুরে মিছিল হয়।", [("আজ মঙ্গলবার সকালে", TUE), ("এদিন দুপুরে", TUE)]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_distal_day_is_not_today(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
