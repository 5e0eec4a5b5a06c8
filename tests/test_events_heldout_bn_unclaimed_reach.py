"""Held-out cases: a claim told in the passive drops the claimed act only when it closes that act
with the quotative ("... গ্রেপ্তার করেছে বলে দাবি করা হয়েছে"); an allegation in another clause
leaves an act told plainly standing, and a claimant named before the passive verb ("বিজিবির পক্ষ
থেকে") keeps the claim a claim (review of round 25: the `unclaimed` verbs reached every act of the
sentence). Sentences written for this file, not taken from any article."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

STANDING = [
    "পুলিশ গতকাল রাতে মিরপুর থেকে রহিম উদ্দিনকে গ্রেপ্তার করেছে; তাঁর বিরুদ্ধে চাঁদাবাজির অভিযোগ করা হয়েছে।",
    "র‌্যাব শনিবার সাভার থেকে দুজনকে আটক করেছে, তাঁদের বিরুদ্ধে অস্ত্র রাখার অভিযোগ করা হয়েছে।",
    "পুলিশ সোমবার চট্টগ্রাম থেকে এক ব্যবসায়ীকে গ্রেপ্তার করেছে; তাঁর বিরুদ্ধে প্রতারণার অভিযোগ করা হয়েছে।",
    "ডিবি পুলিশ রোববার উত্তরা থেকে তিনজনকে গ্রেপ্তার করেছে, পরে তাঁদের বিরুদ্ধে মাদক রাখার অভিযোগ করা হয়।",
    "পুলিশ মঙ্গলবার খুলনা থেকে দুই যুবককে আটক করেছে; তাঁদের বিরুদ্ধে ছিনতাইয়ের অভিযোগ করা হচ্ছে।",
    "র‌্যাব বুধবার নারায়ণগঞ্জ থেকে এক কাউন্সিলরকে গ্রেপ্তার করেছে; তাঁর বিরুদ্ধে হত্যার অভিযোগ করা হয়েছে।",
]


@pytest.mark.parametrize("text", STANDING, ids=[f"case{i}" for i in range(len(STANDING))])
def test_an_act_told_plainly_stands_beside_a_passive_allegation(text):
    assert events_of_type(text, "bn", "COERCE")


def test_a_passive_claim_closing_the_act_still_drops_it():
    # control: what is only claimed, by nobody named, is no event
    text = "সীমান্তে দুই বাংলাদেশিকে ভারতীয় বাহিনী আটক করেছে বলে দাবি করা হয়েছে।"
    assert not events_of_type(text, "bn", "COERCE")
