"""Held-out cases (round 20, issue 9): a Bengali conditional participle (verb stem + -লে, "if")
closes its clause, and its subject is not the subject of the main verb. The list of endings
(`clause_break_after_suffix`) had -ালে, -রলে, -িলে, -ইলে but not "গেলে" (if it goes on), "থাকলে"
(if it stays), "রাখলে" (if it keeps), "চললে" (if it abides), "ছুড়লে" (if it fires), so the
condition's subject became the actor: "ইরান কর্মসূচি চালিয়ে গেলে ... হামলা সমর্থন করবেন ...
ট্রাম্প" (if Iran goes on, Trump would back an attack) came out as Iran's SUPPORT (unlabelled
news-dev rows, seed 11). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

# (sentence, the main clause's party, the condition's subject)
CASES = [
    ("ইরান পারমাণবিক কর্মসূচি চালিয়ে গেলে দেশটিতে আরেকটি হামলা সমর্থন করবেন বলে জানিয়েছেন ডোনাল্ড ট্রাম্প।",
     "Donald Trump", "Iran"),
    ("হামাস যুদ্ধবিরতি মেনে না চললে গাজায় আবার হামলা চালাবে ইসরায়েল।", "Israel", "Hamas"),
    ("জামায়াত জোটে থাকলে এনসিপিকে সমর্থন দেবে না বলে জানিয়েছে গণ অধিকার পরিষদ।",
     "Gono Odhikar Parishad", "Bangladesh Jamaat-e-Islami"),
    ("ভারত সীমান্তে হত্যা অব্যাহত রাখলে কঠোর প্রতিবাদ জানাবে বাংলাদেশ।", "Bangladesh", "India"),
    ("রাশিয়া চুক্তি মেনে না চললে নতুন নিষেধাজ্ঞা আরোপ করবে যুক্তরাষ্ট্র।", "United States", "Russia"),
    ("উত্তর কোরিয়া আবার ক্ষেপণাস্ত্র ছুড়লে নতুন নিষেধাজ্ঞা দেবে জাতিসংঘ।", "United Nations", "North Korea"),
]


@pytest.mark.parametrize("text, actor, conditional_subject", CASES, ids=range(len(CASES)))
def test_the_subject_of_a_condition_is_not_the_actor_of_the_main_verb(text, actor, conditional_subject):
    rec = record_of(text, "bn")
    actors = [[a.name for a in e.actors] for e in rec.events]
    assert any(actor in names for names in actors)
    assert all(conditional_subject not in names for names in actors)
