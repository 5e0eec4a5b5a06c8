"""Held-out time fixtures (issue 10, round 29, tm29): four rules of the writer's calendar.

- expressions._relative_days_as_pinned: a bare "গতকাল"/"yesterday" is the day the article pins the
  same word to with a weekday elsewhere ("গতকাল বৃহস্পতিবার" in an article dated that Thursday: the
  weekday the writer saw wins), so the writer's yesterday is one day throughout the article;
- expressions._moved_on_to_publication_day: a quotation after the story has moved on to "today"
  (outside quotations) counts from publication, not from the day the story opened on;
- bn times.yaml tense.future: a body that "sits" (বসছে) tells a meeting still to be held;
- bn times.yaml macro `tod`: "about" between the part of the day and its hour belongs to the day's
  expression (GUIDELINES T2): "রোববার দিবাগত রাত আনুমানিক আড়াইটার দিকে".

Sentences written for this file (none copied from any article); scored as the shared scorer does
(time_fixtures.assert_times_as_scored). Against the start commit (595ff59a): 0 of 6 cases; after:
6 of 6; the controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

THU = "2025-10-23"   # a Thursday
SUN = "2025-03-09"   # a Sunday
TUE = "2025-10-07"   # a Tuesday

CASES = [
 # the lead's "গতকাল বৃহস্পতিবার" is the article's own Thursday: the later bare "গতকাল" is that day too
 ("bn", THU, "গতকাল বৃহস্পতিবার কমিশনের বৈঠক শেষে নতুন নির্দেশনা জানানো হয়। "
  "ব্যবসায়ীদের সংগঠনের সভাপতি গতকাল এক বিবৃতিতে বলেন, এ সিদ্ধান্ত ব্যবসার জন্য কঠিন।",
  [("গতকাল বৃহস্পতিবার", THU), ("গতকাল", THU)]),
 ("en", THU, "The commission met yesterday, Thursday, and kept the rate unchanged. "
  "A trade body said in a statement yesterday that the decision would hurt investment.",
  [("yesterday, Thursday", THU), ("yesterday", THU)]),
 # the story opened yesterday, then moved on to today before the quotation
 ("bn", SUN, "গতকাল শনিবার সন্ধ্যায় গ্রামের হাটে দুই পক্ষের সংঘর্ষ হয়। আজ সকালে গ্রামবাসী সড়কে "
  "মানববন্ধন করেন। একজন শিক্ষক বলেন, \"আজকে আমরা বিচার চাইতে এসেছি\"।",
  [("গতকাল শনিবার সন্ধ্যায়", "2025-03-08"), ("আজ সকালে", SUN), ("আজকে", SUN)]),
 ("en", SUN, "Two groups clashed at the village market on Saturday evening. This morning villagers "
  "formed a human chain on the road. A teacher said, \"Today we have come to ask for justice.\"",
  [("Saturday evening", "2025-03-08"), ("This morning", SUN), ("Today", SUN)]),
 # a committee that "sits" on Wednesday meets the coming Wednesday
 ("bn", TUE, "বুধবার বসছে ব্যাংকের নীতি কমিটি।", [("বুধবার", "2025-10-08")]),
 # the hour after "আনুমানিক" is part of the day's expression (the scorer's overlap needs it here)
 ("bn", TUE, "পুলিশ জানায়, সোমবার দিবাগত রাত আনুমানিক সাড়ে তিনটার দিকে নদীর ঘাটে দুটি নৌকায় আগুন দেওয়া হয়।",
  [("সোমবার দিবাগত রাত আনুমানিক সাড়ে তিনটার দিকে", "2025-10-06")]),
]

CONTROLS = [
 # no pinned yesterday: the bare one counts from publication
 ("bn", THU, "ব্যবসায়ীদের সংগঠনের সভাপতি গতকাল এক বিবৃতিতে বলেন, এ সিদ্ধান্ত কঠিন।", [("গতকাল", "2025-10-22")]),
 # the story stays on yesterday: the quotation is of that day
 ("en", "2025-12-23", "The rally was held in Chattogram yesterday, Monday. Addressing the crowd, the mayor "
  "said, “We have gathered here today to demand justice.”",
  [("yesterday, Monday", "2025-12-22"), ("today", "2025-12-22")]),
 # a weekday that is publication's day does not move the quotation off the lead's day
 ("en", "2025-11-05", "Liverpool beat Madrid 1-0 on Tuesday night. Bayern host Paris on Wednesday. "
  "“Today we were better,” the coach said.",
  [("Tuesday night", "2025-11-04"), ("Wednesday", "2025-11-05"), ("Today", "2025-11-04")]),
 # the "today's" before the quotation is itself quoted (it keeps publication's day, as before this
 # work): the story did not move on, and the later quotation is of the lead's day
 ("en", "2025-12-23", "The meeting was held at a hotel yesterday, Monday. One speaker said, “We stand together "
  "at today’s meeting.” Another said, “We have come here today to condemn the attacks.”",
  [("yesterday, Monday", "2025-12-22"), ("today’s", "2025-12-23"), ("today", "2025-12-22")]),
 # one who sat in the past: a past verb, not the present continuous
 ("bn", TUE, "বুধবার বৈঠকে বসেছিল ব্যাংকের নীতি কমিটি।", [("বুধবার", "2025-10-01")]),
 # "প্রায়" before a count of hours is a duration, not the day's hour
 ("bn", TUE, "সোমবার রাত প্রায় দুই ঘণ্টা ধরে মহাসড়ক অবরোধ চলে।", [("সোমবার রাত", "2025-10-06")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_writer_day_and_sitting(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_writer_day_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
