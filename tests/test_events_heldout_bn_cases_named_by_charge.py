"""Held-out cases (round 24b, issue 9): a case named by its charge and filed ("থানায় হত্যা মামলা
করেন", filed a murder case at the police station) reports the filing, not a killing by anyone
named there: the coder made "unidentified" kill the police station (the written set's false
ASSAULT). The charge nouns (`charges`) had the case only in the locative and genitive ("হত্যা
মামলায়", "মামলার"); the bare case noun is one too. The filing stays an accusation. Sentences
written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

FILINGS = [
    "এ ঘটনায় নিহতের ভাই বাদী হয়ে ১০ জনের নাম উল্লেখ করে এবং অজ্ঞাত আরও ৫ জনকে আসামি করে সোনারগাঁ থানায় হত্যা মামলা করেন।",
    "রাতেই নিহতের স্ত্রী অজ্ঞাতনামা আসামিদের বিরুদ্ধে রূপগঞ্জ থানায় একটি হত্যা মামলা দায়ের করেন।",
    "নিহতের মা বাদী হয়ে অজ্ঞাত ২০-২৫ জনকে আসামি করে মোহাম্মদপুর থানায় হত্যা মামলা করেছেন।",
    "পরে নিহতের ছেলে বাদী হয়ে অজ্ঞাত ১০ জনের বিরুদ্ধে বন্দর থানায় হত্যা মামলা দায়ের করেন।",
    "ছাত্রের মা বাদী হয়ে অজ্ঞাত ৩০ জনকে আসামি করে যাত্রাবাড়ী থানায় হত্যা মামলা করেন।",
    "অজ্ঞাত দুর্বৃত্তদের আসামি করে তেজগাঁও থানায় হত্যাচেষ্টা মামলা করেছেন আহতের স্ত্রী।",
]


@pytest.mark.parametrize("text", FILINGS, ids=range(len(FILINGS)))
def test_a_case_named_by_its_charge_is_no_attack(text):
    events = record_of(text, "bn").events
    assert [e.type for e in events if e.type == "ASSAULT"] == []
    assert [e.type for e in events] == ["ACCUSE"]


# a bare case noun after a bridge ("করে") is a second act, not the charge of the act before it:
# the arrest stays (found in review: "মামলা" as a charge noun had dropped these arrests)
ARREST_THEN_CASE = [
    "র‍্যাব তিন যুবককে আটক করে মামলা করেছে।",
    "পুলিশ বিএনপির ২০০ নেতাকর্মীকে গ্রেপ্তার করে মামলা দিয়েছে।",
    "কোস্টগার্ড পাচারকারী চক্রের চার সদস্যকে আটক করে মামলা করেছে।",
]


@pytest.mark.parametrize("text", ARREST_THEN_CASE, ids=range(len(ARREST_THEN_CASE)))
def test_an_arrest_before_a_filed_case_is_kept(text):
    assert "COERCE" in [e.type for e in record_of(text, "bn").events]
