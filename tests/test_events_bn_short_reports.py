"""Bengali one-sentence reports with no outlet (round 39, issue 9: real news sentences read alone).

1. A text that links no name to any country (a local police station's officers, a mobile court, a
   teachers' human chain) is read as of the press's own country (`home_country_when_none_named`),
   so its events keep their parties; before, none of its sides had a country and each was dropped.
   English keeps the old reading (the key is off in its pack).
2. An allegation that surfaced ("... বলে অভিযোগ উঠেছে", "অভিযোগ পাওয়া গেছে": it is alleged that)
   names no accuser: no ACCUSE, whoever is the subject of the alleged act (`non_events`).
Sentences written for this test."""
from __future__ import annotations

import pytest

from khobor.actors.link import article_country
from event_fixtures import events_of_type, record_of

UNPLACED = [  # (sentence, the type of its event)
    ("শিবচর থানার এসআই মোস্তফা ও এএসআই রবিউল বুধবার রাতে হাসিবুলকে গ্রেপ্তার করেন।", "COERCE"),
    ("ছাত্রী হত্যার বিচারের দাবিতে সোমবার সকালে স্কুলের সামনে মানববন্ধন করেছেন শিক্ষক ও শিক্ষার্থীরা।", "PROTEST"),
]
ALLEGED = [
    "ইউনিয়ন যুবদলের সভাপতি কামরুল হাসান দলের নির্দেশ অমান্য করে মনোনয়নপত্র জমা দিয়েছেন বলে অভিযোগ উঠেছে।",
    "শহরের কলেজপাড়া এলাকার একটি ক্লিনিকে ভুল অস্ত্রোপচারে এক শিশুর মৃত্যু হয়েছে বলে অভিযোগ পাওয়া গেছে।",
]


@pytest.mark.parametrize("text,etype", UNPLACED, ids=range(len(UNPLACED)))
def test_a_text_naming_no_country_is_of_the_press_country(text, etype):
    found = events_of_type(text, "bn", etype)
    assert found and all(a.country == "BGD" for e in found for a in e.actors)


def test_the_press_country_stands_only_when_no_name_is_linked():
    rec = record_of("Police arrested Tanvir on Sunday afternoon.", "en")
    assert article_country(rec) is None
    assert article_country(rec, press_when_unnamed=True) == "BGD"
    assert article_country(record_of("ভারতের পুলিশ রবিবার দুজনকে গ্রেপ্তার করেছে।", "bn"), True) == "IND"


@pytest.mark.parametrize("text", ALLEGED, ids=range(len(ALLEGED)))
def test_an_allegation_that_surfaced_names_no_accuser(text):
    assert events_of_type(text, "bn", "ACCUSE") == []
