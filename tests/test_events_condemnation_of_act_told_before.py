"""Round 35 (issue 9, Bengali event precision): whom a condemnation of "this killing" aims at.
Sentences written for this test.

- `protest_over_an_incident_aims_at_its_doer` (events/defaults.py) now also takes a home party's
  condemnation (ACCUSE) with no recipient, and a clause refers back to the incident by a
  demonstrative before the act's own noun ("এই অমানবিক হত্যাকাণ্ডের নিন্দা", coder._act_pointed_back)
  as well as by the incident noun ("ঘটনার"): GUIDELINES E5 makes the condemned attacker the
  recipient, where `unnamed_recipient_is_home_state` made it Bangladesh -> Bangladesh.
"""
from __future__ import annotations

import pytest

from event_fixtures import record_of

KILLING = ("সীমান্তে বিএসএফের গুলিতে বাংলাদেশি যুবক নিহত। লালমনিরহাটের পাটগ্রাম সীমান্তে বিএসএফ সদস্যরা "
           "গুলি চালিয়ে এক বাংলাদেশি তরুণকে হত্যা করেছে। বিজিবির পাটগ্রাম ক্যাম্পের কমান্ডার বিষয়টি নিশ্চিত করেছেন। ")
# the family's grief, told after the killing: no foreign party in the sentences right before the
# condemnation, so none answers it by the story's last foreign party (recipient_lookback)
FAMILY = ("নিহত তরুণের বাবা একজন দিনমজুর। তার বাড়ি পাটগ্রাম উপজেলার একটি গ্রামে। "
          "গ্রামের মানুষ সকাল থেকে তাদের বাড়িতে ভিড় করেছেন। ")


def _accusations(text: str) -> list:
    rec = record_of(text, "bn")
    return [([a.country for a in e.actors], [r.country for r in e.recipients], [s["rule"] for s in e._explain])
            for e in rec.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("sentence", [
    "এক বিবৃতিতে বলা হয়, বাংলাদেশ এই অমানবিক ও অগ্রহণযোগ্য হত্যাকাণ্ডের নিন্দা জানাচ্ছে।",
    "বাংলাদেশ ওই হত্যার তীব্র নিন্দা জানিয়েছে।",
])
def test_a_condemnation_of_the_killing_told_before_aims_at_the_killer(sentence):
    ((actors, recipients, rules),) = _accusations(KILLING + FAMILY + sentence)
    assert (actors, recipients) == (["BGD"], ["IND"])
    assert "protest_over_an_incident_aims_at_its_doer" in rules


def test_a_condemnation_pointing_back_to_no_act_keeps_the_home_recipient():
    """No demonstrative before the act's noun, no incident noun: nothing says which killing."""
    ((actors, recipients, rules),) = _accusations(KILLING + FAMILY + "বাংলাদেশ সীমান্ত হত্যাকাণ্ডের নিন্দা জানিয়েছে।")
    assert "protest_over_an_incident_aims_at_its_doer" not in rules
