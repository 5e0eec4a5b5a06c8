"""Held-out cases (round 25, issue 9): a Bengali incident phrase ("... হত্যার ঘটনায়", in the
incident of the killing of ...) before a reaction holds the incident's own parties. Two defects of
the postposed-subject rule (roles.postposed_subject_after_incident):

- a case-marked victim inside the phrase ("কৃষক আবদুর রহিমকে") went on to the reaction as its
  recipient (roles.case_marker filled the frame's slot after the rule had named the incident's
  doer): Bangladesh protested against the victim, not against the BSF;
- "ঘটনাস্থলে" (at the scene) only begins like the incident noun "ঘটনা", yet opened an incident
  phrase: the subject before it lost its act to a party named after the verb.

Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of_type, events_of_type

# (sentence, the protester's country, the incident's doer's country)
NAMED_VICTIMS = [
    ("বিএসএফ সদস্যরা সীমান্তে কৃষক আবদুর রহিমকে গুলি করে হত্যার ঘটনায় কড়া প্রতিবাদ জানিয়েছে বাংলাদেশ।", "BGD", "IND"),
    ("ভারতের পুলিশ আসামে বাংলাদেশি শ্রমিক করিম মিয়াকে পিটিয়ে হত্যার ঘটনায় প্রতিবাদ জানিয়েছে বাংলাদেশ।", "BGD", "IND"),
    ("ইসরায়েলের সেনাবাহিনী গাজায় চিকিৎসক হুসাম আবু সাফিয়াকে আটক করার ঘটনায় নিন্দা জানিয়েছে তুরস্ক।", "TUR", "ISR"),
    ("রাশিয়া ইউক্রেনের সাংবাদিক ভিক্টোরিয়া রোশচিনাকে আটক রাখার ঘটনায় নিন্দা জানিয়েছে ফ্রান্স।", "FRA", "RUS"),
    ("চীনের পুলিশ তাইওয়ানের ব্যবসায়ী লি মিং-চেকে গ্রেপ্তার করার ঘটনায় প্রতিবাদ জানিয়েছে তাইওয়ান।", "TWN", "CHN"),
    ("পাকিস্তানের পুলিশ পেশোয়ারে আফগান শরণার্থী নেতা আবদুল হাকিম জাদরানকে গ্রেপ্তার করার ঘটনায় প্রতিবাদ জানিয়েছে আফগানিস্তান।", "AFG", "PAK"),
    ("সৌদি আরবের পুলিশ রিয়াদে বাংলাদেশি শ্রমিক জসিম উদ্দিনকে আটক করার ঘটনায় উদ্বেগ জানিয়েছে বাংলাদেশ।", "BGD", "SAU"),
]

# (sentence, the act's type, its doer's country): the doer stands before "ঘটনাস্থলে"
AT_THE_SCENE = [
    ("রাশিয়া ঘটনাস্থলে আবার ড্রোন হামলা চালায় এবং তাতে সাহায্য করে বেলারুশ।", "ASSAULT", "RUS"),
    ("যুক্তরাষ্ট্র ঘটনাস্থলে ত্রাণ পাঠায় এবং তা বিতরণে সহায়তা করে জাতিসংঘ।", "AID", "USA"),
    ("তুরস্ক ঘটনাস্থলে উদ্ধারকারী দল ও ত্রাণ পাঠায় এবং পরে সহায়তা দেয় আজারবাইজান।", "AID", "TUR"),
    ("জাপান ঘটনাস্থলে জরুরি ত্রাণ পাঠায় এবং উদ্ধারকাজে যোগ দেয় দক্ষিণ কোরিয়া।", "AID", "JPN"),
    ("ইসরায়েল ঘটনাস্থলে আবার বিমান হামলা চালায় এবং পরে যুদ্ধবিরতির আহ্বান জানায় কাতার।", "ASSAULT", "ISR"),
    ("ইউক্রেন ঘটনাস্থলে পাল্টা হামলা চালায় এবং পরে তা নিশ্চিত করে রাশিয়া।", "ASSAULT", "UKR"),
]


@pytest.mark.parametrize("text,actor,recipient", NAMED_VICTIMS, ids=range(len(NAMED_VICTIMS)))
def test_the_reaction_is_against_the_incidents_doer_not_its_victim(text, actor, recipient):
    (ev,) = events_of_type(text, "bn", "ACCUSE")
    assert {a.country for a in ev.actors} == {actor}
    assert {a.country for a in ev.recipients} == {recipient}


@pytest.mark.parametrize("text,etype,actor", AT_THE_SCENE, ids=range(len(AT_THE_SCENE)))
def test_at_the_scene_opens_no_incident_phrase(text, etype, actor):
    first = min(candidates_of_type(text, "bn", etype), key=lambda ev: ev.trigger.start)
    assert [a.country for a in first.actors] == [actor]


def test_the_incident_noun_is_told_from_a_compound():
    from khobor import lang
    from khobor.events.coder import Coder
    from khobor.textutil import nfc
    grammar = Coder(lang.load("bn")).grammar
    assert grammar.is_incident_word(nfc("ঘটনায়")) and grammar.is_incident_word(nfc("ঘটনাটির"))
    assert not grammar.is_incident_word(nfc("ঘটনাস্থলে")) and not grammar.is_incident_word(nfc("ঘটনা"))
