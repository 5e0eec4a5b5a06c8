"""Round 29 (issue 9, Bengali event precision): who a home party's complaint with no recipient
named is aimed at. Sentences written for this test.

- `complaint_aims_at_the_foreign_side_named` (events/defaults.py): an accusation by the home
  country's parties in a sentence naming one foreign country accuses that country, where
  `unnamed_recipient_is_home_state` made it Bangladesh -> Bangladesh.
"""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead


def _sides(events):
    return [(e.type, [a.country for a in e.actors], [r.country for r in e.recipients]) for e in events]


def test_a_home_complaint_about_a_named_foreign_country_accuses_it():
    events = events_after_home_lead("bn", "সীমান্ত দিয়ে ভারত থেকে মানুষ ঠেলে পাঠানো হচ্ছে বলে অভিযোগ করেছে বিজিবি।")
    assert _sides(events) == [("ACCUSE", ["BGD"], ["IND"])]
    assert "complaint_aims_at_the_foreign_side_named" in [s["rule"] for s in events[0]._explain]


def test_a_home_complaint_naming_no_foreign_country_stays_at_home():
    events = events_after_home_lead("bn", "ঢাকায় পুলিশ পাঁচজনের বিরুদ্ধে চাঁদাবাজির অভিযোগ করেছে।")
    assert _sides(events) == [("ACCUSE", ["BGD"], ["BGD"])]


# Round 30: the foreign country must be named as a party, not only as a place or a journey
# (MentionReader.names_a_party, events.yaml `journey_words`): fled to, visited, come back from
@pytest.mark.parametrize("sentence", [
    "ভারতে পালানোর সময় তাকে আটক করা হয়েছে বলে অভিযোগ করেছে পুলিশ।",
    "ভারত সফর থেকে ফিরে বিএনপি সরকারের বিরুদ্ধে অভিযোগ করেছে।",
    "ভারত থেকে ফিরে বিএনপি সরকারের বিরুদ্ধে অভিযোগ করেছে।",
])
def test_a_country_only_a_place_or_a_journey_is_not_accused(sentence):
    assert _sides(events_after_home_lead("bn", sentence)) == [("ACCUSE", ["BGD"], ["BGD"])]
