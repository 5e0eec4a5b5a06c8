"""Held-out cases (round 38, issue 9: who did it to whom). Two Bengali role errors of dev:

- an unmarked name inside a genitive phrase before the verb ("ডাকাত চক্রের পাঁচ সদস্যকে", five
  members of a gang of robbers) was taken as the subject, and the party named after the finite
  verb, the postposed subject, became the recipient (RAB arrested by the robbers);
- a generic agent qualified by a nationality one word before it ("ভারতীয় সীমান্তরক্ষী বাহিনীর
  গুলিতে", by the fire of Indian border guards) kept the article's country, and the nationality
  became the recipient (India fired on).

Sentences written for this test."""
from __future__ import annotations

import json

import pytest

from khobor import lang
from khobor.events.extraction import candidates
from event_fixtures import record_of

POSTPOSED = [
    ("সাভারে ডাকাত চক্রের পাঁচ সদস্যকে গ্রেপ্তার করেছে এলিট ফোর্স র‍্যাব।", "COERCE", "Rapid Action Battalion"),
    ("রাজশাহীতে মাদক চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব।", "COERCE", "Rapid Action Battalion"),
    ("কেরানীগঞ্জে ছিনতাইয়ের প্রস্তুতি নেওয়ার সময় আন্তঃজেলা ডাকাত চক্রের ছয় সদস্যকে গ্রেপ্তার করেছে র‍্যাব।",
     "COERCE", "Rapid Action Battalion"),
    ("নারায়ণগঞ্জে অস্ত্র কেনার সময় সন্ত্রাসী চক্রের চার সদস্যকে আটক করেছে পুলিশ।", "COERCE", "police"),
    ("ঢাকায় বিজিবি-বিএসএফ মহাপরিচালক পর্যায়ের সম্মেলনে সীমান্তে গুলি না চালানোর প্রতিশ্রুতি দিয়েছিল ভারত।",
     "AGREE", "India"),
]
KEPT_SUBJECT = [
    # no party named after the verb: the subject before it stays
    ("সাভারে র‍্যাব ডাকাত চক্রের পাঁচ সদস্যকে গ্রেপ্তার করেছে।", "COERCE"),
]


def _events(text: str, etype: str) -> list:
    rec = record_of(text, "bn")
    return [e for e in candidates(rec, lang.load("bn")) if e.type == etype]


@pytest.mark.parametrize("text, etype, actor", POSTPOSED, ids=range(len(POSTPOSED)))
def test_a_name_inside_a_genitive_phrase_leaves_the_subject_to_the_name_after_the_verb(text, etype, actor):
    found = _events(text, etype)
    assert found and all([a.name for a in e.actors] == [actor] for e in found)
    assert all(actor not in [r.name for r in e.recipients] for e in found)


@pytest.mark.parametrize("text, etype", KEPT_SUBJECT, ids=range(len(KEPT_SUBJECT)))
def test_a_subject_before_the_verb_stays_with_no_name_after_it(text, etype):
    assert _events(text, etype) and all(e.actors and e.actors[0].name == "Rapid Action Battalion" for e in _events(text, etype))


# one article, as `khobor extract` reads a file: the nationality and the force in the same phrase
NATIONALITY_ARTICLE = """খবর

গত মাসে ভারতীয় সীমান্তরক্ষী বাহিনীর গুলিতে তিন বাংলাদেশি নিহত হয়েছেন।

মিয়ানমারের সীমান্তে থাই সীমান্তরক্ষী বাহিনীর গুলিতে দুই জেলে নিহত হয়েছেন।
"""


def test_a_nationality_before_a_generic_force_is_the_force_s_country(cli, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(NATIONALITY_ARTICLE, encoding="utf-8")
    result = cli(["extract", "--lang", "bn", "--published", "2025-05-01", "--min-confidence", "0", path])
    (rec,) = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    shots = {e["sentence"]: e for e in rec["events"] if e["type"] == "ASSAULT" and e["trigger"]["text"].startswith("গুলি")}
    assert [a["country"] for a in shots[1]["actors"]] == ["IND"]
    assert [a["country"] for a in shots[2]["actors"]] == ["THA"]
    for e in shots.values():
        assert all(a["id"].startswith("agent:") for a in e["actors"])
        assert all(r["country"] != e["actors"][0]["country"] for r in e["recipients"])


def test_a_name_in_the_next_clause_is_no_postposed_subject():
    """The name after the verb must end the clause: here it is the object of the next verb."""
    text = ("পাকিস্তানের প্রধানমন্ত্রী শাহবাজ শরিফ জাতির উদ্দেশে দেওয়া ভাষণে যুদ্ধবিরতিকে স্বাগত জানান এবং "
            "এতে ভূমিকা রাখায় যুক্তরাষ্ট্রসহ কয়েকটি দেশকে ধন্যবাদ দেন।")
    welcomed = [e for e in _events(text, "SUPPORT") if e.trigger.text.startswith("স্বাগত")]
    assert welcomed and all([a.name for a in e.actors] == ["Shehbaz Sharif"] for e in welcomed)
