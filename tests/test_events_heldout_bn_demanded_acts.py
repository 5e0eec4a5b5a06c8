"""Held-out cases (round 21, issue 9): a Bengali act whose light verb is in the third-person or
polite imperative ("পদত্যাগ করুক", "গ্রেপ্তার করুক", "মুক্তি দিক", "ব্যবস্থা নিন") is what someone wants
or demands, not what was done (the demanded act is no event, training/README.md bnw8). The coder
read the act as asserted: "বিএনপি চায় অন্তর্বর্তী সরকার দ্রুত পদত্যাগ করুক" gave a RETREAT by the
BNP (p .94), "আমরা চাই পুলিশ হামলাকারীদের দ্রুত গ্রেপ্তার করুক" a COERCE (p 1.0). The same acts told
as done stay events. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of
from khobor.events.explain import explain
from khobor.ingest.jsonl import row_to_article
from khobor.pipeline import Overrides, process

DEMANDED = [
    ("আমরা চাই পুলিশ হামলাকারীদের দ্রুত গ্রেপ্তার করুক, বলেন বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর।", "COERCE"),
    ("জামায়াতে ইসলামী চায় নির্বাচন কমিশন এই প্রার্থীর মনোনয়ন বাতিল করুক।", "REJECT"),
    ("বিএনপি চায় অন্তর্বর্তী সরকার দ্রুত পদত্যাগ করুক।", "RETREAT"),
    ("আওয়ামী লীগ চায় জাতিসংঘ এ ঘটনার তদন্ত করুক।", "ACCUSE"),
    ("ছাত্রদল চায় পুলিশ আটক নেতাকর্মীদের মুক্তি দিক।", "RETREAT"),
    ("এনসিপির নেতারা চান সরকার হামলাকারীদের বিরুদ্ধে মামলা করুক।", "ACCUSE"),
    ("গণ অধিকার পরিষদ চায় সরকার কারাবন্দী নেতাদের মুক্তি দিক।", "RETREAT"),
    ("‘পুলিশ এখনই হামলাকারীদের গ্রেপ্তার করুক’, সমাবেশে বলেন বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর।", "COERCE"),
]
DONE = [
    ("বিএনপি জানিয়েছে, পুলিশ হামলাকারীদের গ্রেপ্তার করেছে।", "COERCE"),
    ("তথ্য উপদেষ্টা মাহফুজ আলম মঙ্গলবার পদত্যাগ করেছেন।", "RETREAT"),
    ("আওয়ামী লীগের কার্যালয়ে হামলার ঘটনায় জাতিসংঘ তদন্ত শুরু করেছে।", "ACCUSE"),
]
# The act's own verb already told it as done, and the subject follows the verb: the word after it is
# the subject's name, never the act's verb, whatever it looks like (নিক = Nick, also "let him take").
DONE_SUBJECT_AFTER = [
    ("ঢাকায় প্রধান উপদেষ্টার সঙ্গে বৈঠক করেছেন নিক ক্লেগ।", "CONSULT"),
    ("রাজধানীতে পররাষ্ট্র উপদেষ্টার সঙ্গে সোমবার বৈঠক করেন নিক ক্লেগ।", "CONSULT"),
    ("সিলেটে পৌঁছে জেলা প্রশাসকের সঙ্গে আলোচনা করেন নিক ক্লেগ।", "CONSULT"),
    ("গাজায় বেসামরিক মানুষের ওপর হামলার নিন্দা জানিয়েছেন নিক ক্লেগ।", "ACCUSE"),
    ("বাংলাদেশের বন্যার্তদের জন্য সহায়তার ঘোষণা দিয়েছেন নিক ক্লেগ।", "AID"),
    ("কারাবন্দী সাংবাদিকদের মুক্তির আহ্বান জানিয়েছেন নিক ক্লেগ।", "REQUEST"),
    ("মঙ্গলবার প্রধানমন্ত্রী তারেক রহমানের সঙ্গে সাক্ষাৎ করেন নিক ক্লেগ।", "CONSULT"),
]


def _candidates(text: str) -> list:
    """Every event the coder keeps for the classifier to score (threshold 0)."""
    row = {"title": "", "text": text, "language": "bn", "url": "http://example.org/a"}
    return process(row_to_article(row, "t#1"), Overrides(min_event_confidence=0.0)).events


@pytest.mark.parametrize("text, kind", DEMANDED, ids=range(len(DEMANDED)))
def test_a_demanded_act_is_no_event(text, kind):
    assert [e.type for e in _candidates(text) if e.type == kind] == []


@pytest.mark.parametrize("text, kind", DONE, ids=range(len(DONE)))
def test_the_act_told_as_done_stays(text, kind):
    assert kind in [e.type for e in _candidates(text)]


@pytest.mark.parametrize("text, kind", DONE_SUBJECT_AFTER, ids=range(len(DONE_SUBJECT_AFTER)))
def test_a_name_after_the_acts_own_verb_is_no_imperative(text, kind):
    """The candidate is not dropped as demanded (whether it then finds its parties is the role
    rules' business: the NER does not know every foreign name)."""
    lines = explain(record_of(text, "bn")).splitlines()
    assert [line for line in lines if "demanded_act" in line] == []
