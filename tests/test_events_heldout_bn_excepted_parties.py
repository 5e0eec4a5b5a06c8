"""Held-out cases (round 24, issue 9): a name before "ছাড়া" (except) is the one party left out of
the act: it did not do it. A sentence saying that voters rejected every party but the Awami
League ("আওয়ামী লীগ ছাড়া") was coded as the Awami League rejecting (a false REJECT in unlabelled
news-dev rows, seed 51): the name was unmarked, the first in its clause, and
so the subject. "ছাড়া" is now a postposition whose marker no frame reads. "ছাড়াও" (besides) is
not: the name there acts too. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type, record_of

# (sentence, the party left out)
EXCEPTED = [
    ("সংসদে বিএনপি ছাড়া সব দল প্রস্তাবটি সমর্থন করেছে।", "Bangladesh Nationalist Party"),
    ("ভারত ছাড়া প্রতিবেশী সব দেশ নতুন সরকারকে অভিনন্দন জানিয়েছে।", "India"),
    ("চীন ছাড়া সব দেশ নিষেধাজ্ঞার প্রস্তাব সমর্থন করেছে।", "China"),
    ("এনসিপি ছাড়া সব দল নির্বাচন কমিশনের সিদ্ধান্তের নিন্দা জানিয়েছে।", "National Citizen Party"),
    ("রাশিয়া ছাড়া সব সদস্য দেশ ইউক্রেনকে সহায়তা দেওয়ার প্রস্তাব সমর্থন করেছে।", "Russia"),
    ("পাকিস্তান ছাড়া সব প্রতিবেশী দেশ হামলার নিন্দা জানিয়েছে।", "Pakistan"),
    ("ইরান ছাড়া উপসাগরীয় সব দেশ চুক্তিটিকে স্বাগত জানিয়েছে।", "Iran"),
    ("জাতীয় পার্টি ছাড়া সব বিরোধী দল নির্বাচন বর্জন করেছে।", "Jatiya Party"),
    # the next word only begins like "was released" (পা-, হ-): still "except"
    ("চীন ছাড়া পাকিস্তান ও তুরস্ক প্রস্তাবটি সমর্থন করেছে।", "China"),
    ("বিএনপি ছাড়া হেফাজতে ইসলাম ও জামায়াত সমাবেশ বর্জন করেছে।", "Bangladesh Nationalist Party"),
]

# "besides X": X acts as well; and "ছাড়া পেয়ে" (on being released) is the verb, not "except"
BESIDES = [
    ("পুলিশ ছাড়াও র‍্যাব অভিযানে অংশ নিয়ে তিনজনকে গ্রেপ্তার করেছে।", "COERCE", "police"),
    ("মির্জা ফখরুল ছাড়া পেয়ে সরকারের সমালোচনা করেন।", "ACCUSE", "Mirza Fakhrul Islam Alamgir"),
]


@pytest.mark.parametrize("text, party", EXCEPTED, ids=range(len(EXCEPTED)))
def test_the_party_left_out_does_not_act(text, party):
    assert all(party not in [a.name for a in e.actors] for e in record_of(text, "bn").events)


@pytest.mark.parametrize("text, etype, party", BESIDES, ids=range(len(BESIDES)))
def test_a_party_named_besides_acts(text, etype, party):
    assert any(party in [a.name for a in e.actors] for e in events_of_type(text, "bn", etype))
