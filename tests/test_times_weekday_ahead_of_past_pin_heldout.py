"""Held-out fixtures for a bare weekday told as still to come in an article that pinned the same
weekday to a past day (round 25, helper tm25b), written for this file before the change and not
taken from any article. A story opened on "গতকাল রোববার" (yesterday, Sunday) or "Thursday (11
September)" may end on what is due next: "রোববার সন্ধ্যায় বৈঠক হওয়ার কথা রয়েছে", "will submit its
report on Thursday". The weekday of a future clause is then the coming one (GUIDELINES T3: the
tense chooses), not the past day the article pinned it to. A weekday told in the past still takes
the pinned day, and so does one told ahead when the pinned day is itself ahead.
Scored as the shared scorer does (time_fixtures.assert_times_as_scored)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

MON = "2025-09-15"   # a Monday
WED = "2025-12-31"   # a Wednesday
TUE = "2025-12-30"   # a Tuesday

AHEAD = [
 ("bn", MON, "গতকাল রোববার সকালে শ্রমিকেরা মহাসড়ক অবরোধ করেন। দুপুরে তাঁরা সড়ক ছাড়েন।\n"
  "রোববার সন্ধ্যায় মালিক ও শ্রমিকদের নিয়ে ত্রিপক্ষীয় বৈঠক হওয়ার কথা রয়েছে।",
  [("গতকাল রোববার সকালে", "2025-09-14"), ("রোববার সন্ধ্যায়", "2025-09-21")]),
 ("bn", MON, "গতকাল রোববার বিদ্যালয়ের শিক্ষার্থীরা ক্লাস বর্জন করে। রোববার থেকে আবার নিয়মিত ক্লাস হবে।",
  [("গতকাল রোববার", "2025-09-14"), ("রোববার", "2025-09-21")]),
 ("bn", WED, "গতকাল মঙ্গলবার সকালে তিনি হাসপাতালে মারা যান। মঙ্গলবার গ্রামের বাড়িতে তাঁর কুলখানি অনুষ্ঠিত হবে।",
  [("গতকাল মঙ্গলবার সকালে", "2025-12-30"), ("মঙ্গলবার", "2026-01-06")]),
 ("bn", MON, "বৃহস্পতিবার (১১ সেপ্টেম্বর) পাঁচ সদস্যের তদন্ত কমিটি গঠন করা হয়। কমিটি বৃহস্পতিবার প্রতিবেদন জমা দেবে।",
  [("বৃহস্পতিবার (১১ সেপ্টেম্বর)", "2025-09-11"), ("বৃহস্পতিবার", "2025-09-18")]),
 ("en", "2025-12-29", "Garment workers blocked the highway yesterday, Sunday, demanding three months' wages. "
  "The owners will meet the workers' leaders on Sunday.",
  [("yesterday, Sunday", "2025-12-28"), ("Sunday", "2026-01-04")]),
 ("en", MON, "The probe committee was formed on Thursday (11 September). It will submit its report on Thursday.",
  [("Thursday (11 September)", "2025-09-11"), ("Thursday", "2025-09-18")]),
]

PINNED = [
 # told in the past: the pinned day
 ("bn", MON, "গতকাল রোববার সকালে শ্রমিকেরা মহাসড়ক অবরোধ করেন। রোববার দুপুরে পুলিশ গিয়ে তাঁদের সরিয়ে দেয়।",
  [("গতকাল রোববার সকালে", "2025-09-14"), ("রোববার দুপুরে", "2025-09-14")]),
 # the pinned day is ahead: a headline with no verb and a future clause both take it
 ("bn", TUE, "বুধবার সাধারণ ছুটি\nবুধবার (৩১ ডিসেম্বর) সাধারণ ছুটি ঘোষণা করেছে সরকার। বুধবার ব্যাংকও বন্ধ থাকবে।",
  [("বুধবার", "2025-12-31"), ("বুধবার (৩১ ডিসেম্বর)", "2025-12-31"), ("বুধবার", "2025-12-31")]),
]


@pytest.mark.parametrize("language,published,text,expected", AHEAD + PINNED)
def test_weekday_told_ahead_of_a_past_pinned_day(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
