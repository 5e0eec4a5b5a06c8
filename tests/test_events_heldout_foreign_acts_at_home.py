"""Held-out cases (round 26, issue 9): a foreign country's party acting in a place of its own
country, in a Bangladeshi report, acts on its own country, not on Bangladesh. Before the fix
`unnamed_recipient_is_home_state` made "কলকাতায় ভারতীয় পুলিশ পাঁচজনকে গ্রেপ্তার করেছে" India ->
Bangladesh, and the agent lexicon lent "students" or "police" in Yangon or New Delhi the home
country (a reviewer's finding: any one-country foreign act came out acting on the home country).
The first sentence of each case sets the article's home country (Bangladesh). Sentences written
for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead

CASES = [  # (language, the sentence after the lead, type, the country acting at home)
    ("en", "Indian police arrested five protesters in Kolkata on Tuesday.", "COERCE", "IND"),
    ("en", "Police in New Delhi detained six opposition activists on Friday.", "COERCE", "IND"),
    ("en", "Pakistan's army launched an operation against militants in Balochistan.", "ASSAULT", "PAK"),
    ("en", "Pakistani police fired tear gas at protesters in Lahore on Saturday.", "ASSAULT", "PAK"),
    ("en", "The Myanmar junta arrested dozens of students in Yangon.", "COERCE", "MMR"),
    ("en", "Nepal's police arrested twelve students in Kathmandu.", "COERCE", "NPL"),
    ("bn", "কলকাতায় ভারতীয় পুলিশ পাঁচজনকে গ্রেপ্তার করেছে।", "COERCE", "IND"),
    ("bn", "মিয়ানমারের জান্তা ইয়াঙ্গুনে কয়েক ডজন শিক্ষার্থীকে গ্রেপ্তার করেছে।", "COERCE", "MMR"),
]

HOME_RECIPIENT = [  # the sentence names a Bangladeshi party: the home country stays the recipient
    ("en", "Indian police detained two Bangladeshi nationals in Kolkata on Sunday."),
    ("bn", "কলকাতায় ভারতীয় পুলিশ দুই বাংলাদেশি নাগরিককে আটক করেছে।"),
]


def _coded(events: list) -> list:
    return [(e.type, sorted({a.country for a in e.actors}), sorted({r.country for r in e.recipients}))
            for e in events]


@pytest.mark.parametrize("lang, sentence, etype, country", CASES, ids=range(len(CASES)))
def test_a_foreign_party_in_its_own_place_acts_at_home(lang, sentence, etype, country):
    assert _coded(events_after_home_lead(lang, sentence)) == [(etype, [country], [country])]


@pytest.mark.parametrize("lang, sentence", HOME_RECIPIENT, ids=range(len(HOME_RECIPIENT)))
def test_a_home_party_named_there_stays_the_recipient(lang, sentence):
    assert _coded(events_after_home_lead(lang, sentence)) == [("COERCE", ["IND"], ["BGD"])]
