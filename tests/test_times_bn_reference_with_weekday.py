"""A day named by reference with its weekday after it ("আগের দিন বুধবার", "পরদিন মঙ্গলবার সকালে")
is one expression with all its parts (GUIDELINES T2; bn times.yaml rules anaphoric_day and
same_or_previous_day), valued from the day told before it; with no day told before, the weekday's
own day (expressions._referred). Fixtures written for this test (issue 10, helper tm35)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

THU = "2025-07-31"   # a Thursday
CASES = [
 ("bn", THU, "বৃহস্পতিবার বৈঠক শেষে গভর্নর এ কথা বলেন। আগের দিন বুধবার বাণিজ্য উপদেষ্টা সাংবাদিকদের সঙ্গে কথা বলেন।",
  [("বৃহস্পতিবার", THU), ("আগের দিন বুধবার", "2025-07-30")]),
 ("bn", THU, "গত সোমবার রাতে তিনি নিখোঁজ হন। পরদিন মঙ্গলবার সকালে বাগানে তাঁর লাশ পাওয়া যায়।",
  [("গত সোমবার রাতে", "2025-07-28"), ("পরদিন মঙ্গলবার সকালে", "2025-07-29")]),
 # no day told before: the weekday's own
 ("bn", THU, "আগের দিন বুধবার উপদেষ্টা সাংবাদিকদের সঙ্গে কথা বলেন।", [("আগের দিন বুধবার", "2025-07-30")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_reference_with_weekday(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
