"""Speech reported inside a quotation counts its relative days from the day the quotation tells
of, when a verb of saying stands between that day and them (expressions._day_of_speech_inside):
a witness's "সেদিন সকালে ইমরান আমাকে বলে, আব্বা, আজ শেষ দিন" names that morning's day, not the
hearing's. A relative day with no such verb before it keeps the day the quotation was given.
Fixtures written for this test (issue 10, helper tm35)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

TUE = "2025-09-09"   # a Tuesday
CASES = [
 ("bn", TUE, "২০২৪ সালের ৫ আগস্ট দুপুরে মোড়ে গুলিবিদ্ধ হয়ে তিনি মারা যান। জবানবন্দিতে তাঁর বাবা বলেন, "
  "“সেদিন সকালে ছেলে আমাকে বলে, আব্বা, আজ শেষ দিন, আজ না গেলে আর হবে না।”",
  [("২০২৪ সালের ৫ আগস্ট দুপুরে", "2024-08-05"), ("সেদিন সকালে", "2024-08-05"), ("আজ", "2024-08-05")]),
 ("bn", TUE, "২০২৪ সালের ৫ আগস্ট তিনি নিহত হন। তাঁর বাবা বলেন, “সেদিন সকালে ছেলে বলল, আজকে সবাই শাহবাগ যাচ্ছে।”",
  [("২০২৪ সালের ৫ আগস্ট", "2024-08-05"), ("সেদিন সকালে", "2024-08-05"), ("আজকে", "2024-08-05")]),
 # no verb of saying between: the speaker's own today
 ("bn", TUE, "২০২৪ সালের ৫ আগস্ট তিনি নিহত হন। তাঁর বাবা বলেন, “সেদিন সকালে সে বের হয়। আজ আমি বিচার চাই।”",
  [("২০২৪ সালের ৫ আগস্ট", "2024-08-05"), ("সেদিন সকালে", "2024-08-05"), ("আজ", TUE)]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_speech_inside_quotation(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
