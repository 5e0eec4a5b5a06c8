"""Held-out cases (round 25, issue 9): a party's feeling named by a noun ("অভিভাবকদের উদ্বেগ",
the parents' worry; "তাঁর উদ্বেগ ছিল", he was worried; "ব্যবসায়ীদের মধ্যে উৎকণ্ঠা") is no ACCUSE:
a worry is not a criticism or allegation (GUIDELINES E1), and "উদ্বেগ প্রকাশ" is already a
non-event. Concern conveyed to a party ("দিল্লির কাছে উদ্বেগ জানাল ঢাকা") is a diplomatic
complaint and stays ACCUSE (a hand trigger "উদ্বেগ জানা*", longer than the non-event). The learned lexicon had taken "উদ্বেগ" for ACCUSE from its training rows, so bare
feeling nouns coded accusations in headlines and descriptions on fresh text. A criticism or an
allegation beside the feeling stays ACCUSE. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept

FEELINGS = [
    "সিলেটে বন্যা পরিস্থিতি নিয়ে জেলা প্রশাসনের উদ্বেগ",
    "রোহিঙ্গা শিবিরের নিরাপত্তা নিয়ে জাতিসংঘের উদ্বেগ বাড়ছে",
    "মিয়ানমার সীমান্তে গোলাগুলি নিয়ে বিজিবির উদ্বেগ বাড়ছে",
    "সীমান্ত পরিস্থিতি নিয়ে ভারতের উদ্বেগ ছিল, এখনও আছে বলে জানান তিনি।",
    "পরীক্ষা পেছানোয় শিক্ষার্থীদের উদ্বেগের কথা জানিয়েছে শিক্ষা মন্ত্রণালয়।",
    "নির্বাচনের আগে আইনশৃঙ্খলা নিয়ে বিএনপির উদ্বেগ কাটেনি।",
    "রোহিঙ্গা প্রত্যাবাসন নিয়ে চীনের উদ্বেগ নেই বলে জানিয়েছেন রাষ্ট্রদূত।",
]
CONVEYED = [
    "সীমান্ত হত্যা নিয়ে ভারতের কাছে উদ্বেগ জানিয়েছে বাংলাদেশ।",
    "রোহিঙ্গা শিবিরে হামলা নিয়ে মিয়ানমারের কাছে উদ্বেগ জানাল ঢাকা",
    "সাংবাদিক গ্রেপ্তারে সরকারের কাছে উদ্বেগ জানিয়েছে জাতিসংঘ।",
    "পানিচুক্তি নিয়ে দিল্লির কাছে আবারও উদ্বেগ জানিয়েছে পররাষ্ট্র মন্ত্রণালয়।",
    "বিএনপি নেতাদের গ্রেপ্তারে নির্বাচন কমিশনের কাছে উদ্বেগ জানিয়েছে যুক্তরাষ্ট্র।",
    "মিয়ানমার সীমান্তে গোলাবর্ষণ নিয়ে উদ্বেগ জানিয়ে চিঠি দিয়েছে বাংলাদেশ।",
]
ALLEGATIONS = [
    "সরকারের বিরুদ্ধে দুর্নীতির অভিযোগ করেছে বিএনপি।",
    "পুলিশের ভূমিকার কড়া সমালোচনা করেছেন জামায়াতের আমির শফিকুর রহমান।",
]


def _accusations(text: str) -> list:
    return proposed_or_kept(text, "bn", {"ACCUSE"})


@pytest.mark.parametrize("text", FEELINGS, ids=range(len(FEELINGS)))
def test_a_feeling_is_no_accusation(text):
    assert _accusations(text) == []


@pytest.mark.parametrize("text", ALLEGATIONS, ids=range(len(ALLEGATIONS)))
def test_an_allegation_stays_an_accusation(text):
    assert _accusations(text) != []


@pytest.mark.parametrize("text", CONVEYED, ids=range(len(CONVEYED)))
def test_concern_conveyed_to_a_party_stays_an_accusation(text):
    assert _accusations(text) != []
