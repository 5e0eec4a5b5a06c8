"""Held-out cases (round 46, issue 9): "X-এর পক্ষ থেকে" (on X's behalf, from X's side) names who acts
in an agentless passive, as "দ্বারা" (by) does: "বিএসএফের পক্ষ থেকে তদন্তের আশ্বাস দেওয়া হয়েছে"
(the BSF assured an inquiry) is the BSF's act (postposition `পক্ষ থেকে`: by, read by
passive_by_agent). The events were lost with no actor (dev: a party's welcome and a border force's
assurance, told in the passive). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of


def _actors(text: str) -> list[set]:
    return [{a.name for a in ev.actors} for ev in record_of(text, "bn").events]


def test_the_party_welcomed_it_in_the_passive():
    text = "জামায়াতের পক্ষ থেকে এক বিবৃতিতে সরকারের এই সিদ্ধান্তকে স্বাগত জানানো হয়েছে।"
    assert {"Bangladesh Jamaat-e-Islami"} in _actors(text)


@pytest.mark.xfail(strict=True, reason="the verbal noun before আশ্বাস is read as an incident phrase (case_marker skips "
                   "the BSF) and the bare noun trigger is not read as passive")
def test_the_border_force_assured_in_the_passive():
    text = "বিএসএফের পক্ষ থেকে ঘটনার তদন্ত করার আশ্বাস দেওয়া হয়েছে।"
    assert {"Border Security Force"} in _actors(text)
