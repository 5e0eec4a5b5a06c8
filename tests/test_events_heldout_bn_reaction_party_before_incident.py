"""Held-out cases (round 25, issue 9): a Bengali reaction whose own party opens the clause, marked
"বিরুদ্ধে" (against) or "কাছে" (to), before an incident phrase ("... হত্যার ঘটনায়", over the
killing of ...). roles.case_marker skipped every case-marked name before the incident noun, so the
party the reaction is addressed to was lost (or found only by the low-confidence fallback); only
the names inside the incident phrase are the incident's (RoleContext.incident_phrase_start). A
name marked "ওপর" (on) stays inside: "X-এর ওপর হামলার ঘটনায়" is the attack on X.

Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

# (sentence, the reacting country, the country the reaction is addressed to)
OUTER_PARTY = [
    ("মিয়ানমারের বিরুদ্ধে সীমান্তে গোলাবর্ষণের ঘটনায় নিন্দা জানিয়েছে বাংলাদেশ।", "BGD", "MMR"),
    ("ইসরায়েলের বিরুদ্ধে গাজায় ত্রাণকর্মীদের হত্যার ঘটনায় তীব্র নিন্দা জানিয়েছে তুরস্ক।", "TUR", "ISR"),
    ("চীনের বিরুদ্ধে দক্ষিণ চীন সাগরে মাছ ধরার নৌকা আটকের ঘটনায় প্রতিবাদ জানিয়েছে ফিলিপাইন।", "PHL", "CHN"),
    ("পাকিস্তানের বিরুদ্ধে কাবুলে বিমান হামলার ঘটনায় কড়া প্রতিবাদ জানিয়েছে আফগানিস্তান।", "AFG", "PAK"),
    ("ভারতের বিরুদ্ধে লালমনিরহাট সীমান্তে এক কিশোরকে গুলি করে হত্যার ঘটনায় প্রতিবাদ জানিয়েছে বাংলাদেশ।", "BGD", "IND"),
    ("যুক্তরাষ্ট্রের কাছে টেক্সাসে মেক্সিকান শ্রমিকদের আটকের ঘটনায় প্রতিবাদ জানিয়েছে মেক্সিকো।", "MEX", "USA"),
    ("ইরানের বিরুদ্ধে হরমুজ প্রণালীতে একটি ট্যাংকার জব্দের ঘটনায় নিন্দা জানিয়েছে যুক্তরাজ্য।", "GBR", "IRN"),
    ("উত্তর কোরিয়ার বিরুদ্ধে জাপান সাগরে ক্ষেপণাস্ত্র ছোড়ার ঘটনায় কড়া প্রতিবাদ জানিয়েছে জাপান।", "JPN", "PRK"),
]


@pytest.mark.parametrize("text,actor,recipient", OUTER_PARTY, ids=range(len(OUTER_PARTY)))
def test_the_reaction_keeps_its_own_party_before_the_incident_phrase(text, actor, recipient):
    (ev,) = events_of_type(text, "bn", "ACCUSE")
    assert {a.country for a in ev.actors} == {actor}
    assert {a.country for a in ev.recipients} == {recipient}
    assert ev.confidence > 0.8  # the frame found it, not the fallback


def test_a_name_attacked_inside_the_phrase_stays_the_incidents():
    text = "ভারতের ওপর সীমান্তে হামলার ঘটনায় নিন্দা জানিয়েছে যুক্তরাষ্ট্র।"
    (ev,) = events_of_type(text, "bn", "ACCUSE")
    assert "IND" not in {a.country for a in ev.recipients} or ev.confidence <= 0.8
