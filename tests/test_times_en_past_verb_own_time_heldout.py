"""Held-out time fixtures (issue 10, round 27b): an English verb in the simple past whose own "in"
or "on" opens a year-less date, at most three words after it, tells that the date is of that done
act, whatever the sentence's main verb: "talks will resume over the tariff Washington announced in
a letter on July 7", said on 20 July, is the past 7 July, not next year's (en times.yaml
`own_past`, read by grammar._own_cue). Before, "announced" counted only for weekdays
(`past_near`), and the main clause's "will" put the date a year ahead.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the start of round 27b (ade0fe2f): 0 of 7; after: 7 of 7. Controls (a passive future, a
verb of what is planned, "to" between the verb and the time, a date before a noun) pass before and
after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

JUL = "2025-07-20"  # a Sunday

PAST_VERB_OWN_TIME = [
 ("en", JUL, "Dhaka will resume talks with Washington over the tariff that the White House announced in a letter on July 7.",
  [("July 7", "2025-07-07")]),
 ("en", JUL, "The board will meet to review the contract it signed with the builder on July 2.", [("July 2", "2025-07-02")]),
 ("en", JUL, "The ministry will publish the findings of the inquiry it ordered in March.", [("March", "2025-03")]),
 ("en", JUL, "Parliament will debate the budget bill the cabinet approved in June.", [("June", "2025-06")]),
 ("en", JUL, "The garment maker will compensate the workers it dismissed in May.", [("May", "2025-05")]),
 ("en", JUL, "Engineers will inspect the bridge the contractor repaired in April before it reopens.", [("April", "2025-04")]),
 ("en", JUL, "The High Court will hear the appeal against the verdict delivered on July 3.", [("July 3", "2025-07-03")]),
]

CONTROLS = [
 ("en", JUL, "The election will be held in February.", [("February", "2026-02")]),
 ("en", JUL, "The vote, scheduled for February, will go ahead.", [("February", "2026-02")]),
 ("en", JUL, "The plan approved to start in March will cost more than first thought.", [("March", "2026-03")]),
 ("en", JUL, "The road will be reopened in January once the repairs are finished.", [("January", "2026-01")]),
]


@pytest.mark.parametrize("lang,published,text,expected", PAST_VERB_OWN_TIME + CONTROLS)
def test_times(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
