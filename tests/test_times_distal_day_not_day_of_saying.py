"""A distal "that day" ("that day", "সেদিন", "ওই দিন") never names the day on which its own sentence
says someone spoke (expressions._distal_after_day_of_saying): a day told before a word of saying
in the same sentence is the day of the telling, and what the speaker tells of "that day" is a day
of the story further back; with no other day close it is not reported. A "that day" with no word
of saying between it and the day, or in a sentence after the one that told the day, still takes
that day. Also: today with its date in figures is one expression (GUIDELINES T2, bn rule
`deictic_numeric_date`), and a date of "the same month" ("একই মাসের ১৫ এপ্রিল", bn rule
`same_month_date`) takes the year of the month told before it; a dated "today" inside a quotation anchors
nothing (expressions._own_day: the speaker's day, not the article's own, DECISIONS T5). Fixtures written for this test (issue 10, helper tm41)."""
from __future__ import annotations

import pytest

from time_fixtures import SUNDAY, assert_times_as_scored

CASES = [
 # the day of the telling is no antecedent of the speaker's "that day"
 ("en", SUNDAY, "The attack on 27 October in Mohammadpur left her hurt. Two months later, when "
  "reached by phone on Sunday, she said that the memory of that day still returns.",
  [("27 October", "2025-10-27"), ("Sunday", "2025-12-28")]),
 ("bn", SUNDAY, "গত ৫ আগস্ট মিছিল হয়। শনিবার তিনি বলেন, সেদিন পুলিশ গুলি চালায়।",
  [("গত ৫ আগস্ট", "2025-08-05"), ("শনিবার", "2025-12-27")]),
 # no word of saying between them: "that day" is the day told
 ("en", SUNDAY, "Police raided the house on Saturday and found the weapons that day.",
  [("Saturday", "2025-12-27"), ("that day", "2025-12-27")]),
 # the day told in the sentence before: still the antecedent
 ("en", SUNDAY, "Police raided the house on Saturday. They found the weapons that day, the officer said.",
  [("Saturday", "2025-12-27"), ("that day", "2025-12-27")]),
 # today with its date in figures: one expression, valued by its date even with no anchor
 ("bn", None, "তিনি লেখেন, ‘আজ ২৮/১২/২০২৫, ঠিক ১০ মাস পর আমি দল ছাড়লাম।’",
  [("আজ ২৮/১২/২০২৫", "2025-12-28")]),
 # a speaker's dated "today" inside a quotation is no day the article states as its own (T5)
 ("bn", None, "রোববার (২৮ ডিসেম্বর) রাতে তিনি ফেসবুকে লেখেন, ‘আজ ২৮/১২/২০২৫, ঠিক ১০ মাস পর আমি দল "
  "ছাড়লাম।’ গত বৃহস্পতিবার (২৫ ডিসেম্বর) বৈঠক হয়।",
  [("রোববার (২৮ ডিসেম্বর) রাতে", "XXXX-12-28"), ("আজ ২৮/১২/২০২৫", "2025-12-28"),
   ("গত বৃহস্পতিবার (২৫ ডিসেম্বর)", "XXXX-12-25")]),
 # a date of "the same month" takes the year of the month told before it
 ("bn", None, "২০২১ সালের ১১ এপ্রিল তার জ্বর ধরা পড়ে। একই মাসের ১৫ এপ্রিল তাকে হাসপাতালে নেওয়া হয়।",
  [("২০২১ সালের ১১ এপ্রিল", "2021-04-11"), ("একই মাসের ১৫ এপ্রিল", "2021-04-15")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_distal_day_is_not_the_day_of_saying(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
