"""Held-out cases (round 26, issue 9): a place name before "সীমান্ত" (border) names the border
crossing where the act happened, never a party to it. Before `সীমান্ত` joined events.yaml
`place_nouns`, "জকিগঞ্জ সীমান্ত দিয়ে ২০ জনকে ঠেলে পাঠিয়েছে বিএসএফ" (the BSF pushed 20 people in
through the Zakiganj border) came out with Zakiganj as the one who pushed. Sentences written for
this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

CASES = [  # (sentence, the type, the actor's name, the crossing's place)
    ("সিলেটের জকিগঞ্জ সীমান্ত দিয়ে ২০ জনকে বাংলাদেশে ঠেলে পাঠিয়েছে বিএসএফ।",
     "COERCE", "Border Security Force", "Zakiganj"),
    ("চুয়াডাঙ্গার দামুড়হুদা সীমান্ত দিয়ে বিএসএফ ১২ জনকে বাংলাদেশে ঠেলে পাঠিয়েছে।",
     "COERCE", "Border Security Force", "Damurhuda"),
    ("যশোরের শার্শা সীমান্ত দিয়ে পাচারের সময় দুই নারীকে আটক করেছে বিজিবি।",
     "COERCE", "Border Guard Bangladesh", "Sharsha"),
    ("আখাউড়া সীমান্ত দিয়ে ঢোকার সময় পাঁচ ভারতীয় নাগরিককে গ্রেপ্তার করেছে পুলিশ।",
     "COERCE", "police", "Akhaura"),
    ("বেনাপোল সীমান্ত দিয়ে আসা দুই ভারতীয় নাগরিককে আটক করেছে পুলিশ।",
     "COERCE", "police", "Benapole"),
    ("মৌলভীবাজারের কুলাউড়া সীমান্ত দিয়ে অবৈধভাবে আসা ছয়জনকে আটক করেছে পুলিশ।",
     "COERCE", "police", "Kulaura"),
    ("দিনাজপুরের বিরল সীমান্ত দিয়ে গরু আনার সময় এক কৃষককে গুলি করে বিএসএফ।",
     "ASSAULT", "Border Security Force", "Birol"),
]


@pytest.mark.parametrize("sentence, etype, actor, place", CASES, ids=range(len(CASES)))
def test_the_place_of_a_border_crossing_is_no_actor(sentence, etype, actor, place):
    events = record_of(sentence, "bn").events
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [(etype, [actor])]
    assert place not in [a.name for e in events for a in e.actors]
