"""Held-out cases (round 24b, issue 9): a Bengali clause that opens with an incident phrase
("... নিহত হওয়ার ঘটনায়", in the incident of ...) and puts its subject after the verb ("কড়া
প্রতিবাদ জানিয়েছে বাংলাদেশ"): the names before the trigger tell the incident, the subject is the
name after the verb, and an accusation's recipient is the incident's doer. The coder took the
first name of the incident phrase as the protester and its victim as the recipient (an
accusation reversed). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

# (sentence, accuser's country, accused's country)
PROTESTS = [
    ("সাতক্ষীরা সীমান্তে ভারতের সীমান্তরক্ষী বাহিনী বিএসএফের গুলিতে এক কৃষক নিহত হওয়ার ঘটনায় তীব্র প্রতিবাদ জানিয়েছে বাংলাদেশ।", "BGD", "IND"),
    ("মিয়ানমার সেনাবাহিনী রাখাইনে রোহিঙ্গাদের গ্রামে আগুন দেওয়ার ঘটনায় উদ্বেগ ও নিন্দা জানিয়েছে বাংলাদেশ।", "BGD", "MMR"),
    ("রাশিয়া কিয়েভের আবাসিক ভবনে ড্রোন হামলা চালানোর ঘটনায় কড়া নিন্দা জানিয়েছে জাপান।", "JPN", "RUS"),
    ("ভারতের সীমান্তরক্ষী বাহিনী বিএসএফ লালমনিরহাট সীমান্তে দুই তরুণকে পিটিয়ে আহত করার ঘটনায় প্রতিবাদ জানিয়েছে বিজিবি।", "BGD", "IND"),
    ("ইসরায়েল লেবাননের দক্ষিণাঞ্চলে বিমান হামলা চালানোর ঘটনায় নিন্দা জানিয়েছে ইরান।", "IRN", "ISR"),
    ("রাশিয়া ইউক্রেনের খারকিভ শহরে ক্ষেপণাস্ত্র হামলা চালানোর ঘটনায় তীব্র নিন্দা জানিয়েছে যুক্তরাজ্য।", "GBR", "RUS"),
    ("মিয়ানমারের সেনাবাহিনী বান্দরবান সীমান্তে গোলা নিক্ষেপের ঘটনায় কড়া প্রতিবাদ জানিয়েছে বাংলাদেশ।", "BGD", "MMR"),
    ("ভারত বাংলাদেশি নাগরিকদের জোর করে সীমান্ত দিয়ে ঠেলে পাঠানোর ঘটনায় আপত্তি জানিয়েছে ঢাকা।", "BGD", "IND"),
]


@pytest.mark.parametrize("text,actor,recipient", PROTESTS, ids=range(len(PROTESTS)))
def test_the_postposed_subject_accuses_the_doer_of_the_incident(text, actor, recipient):
    accusations = events_of_type(text, "bn", "ACCUSE")
    assert accusations, "the accusation is coded"
    (ev,) = accusations
    assert {a.country for a in ev.actors} == {actor}
    assert {a.country for a in ev.recipients} == {recipient}


def test_a_subject_before_the_incident_phrase_stays():
    text = "বাংলাদেশ সীমান্তে বিএসএফের গুলিতে এক কৃষক নিহত হওয়ার ঘটনায় তীব্র প্রতিবাদ জানিয়েছে।"
    (ev,) = events_of_type(text, "bn", "ACCUSE")
    assert {a.country for a in ev.actors} == {"BGD"}


def test_the_postposed_subject_of_another_act_after_an_incident():
    """The rule's branch for acts other than accusations: the subject is the name after the verb,
    the recipient a name after the incident phrase (written by the round-24 review)."""
    text = "রাশিয়া কিয়েভে ড্রোন হামলা চালানোর ঘটনায় ইউক্রেনকে জরুরি সহায়তা দেওয়ার ঘোষণা দিয়েছে জাপান।"
    (ev,) = events_of_type(text, "bn", "AID")
    assert [a.country for a in ev.actors] == ["JPN"]
    assert [a.country for a in ev.recipients] == ["UKR"]
