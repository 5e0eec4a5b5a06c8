"""Held-out cases (round 20, issue 9): a Bengali conditional participle (verb stem + -লে, "if")
closes its clause, and its subject is not the subject of the main verb. The list of endings
(`clause_break_after_suffix`) had -ালে, -রলে, -িলে, -ইলে but not "গেলে" (if it goes on), "থাকলে"
(if it stays), "রাখলে" (if it keeps), "চললে" (if it abides), "ছুড়লে" (if it fires), so the
condition's subject became the actor: "ইরান কর্মসূচি চালিয়ে গেলে ... হামলা সমর্থন করবেন ...
ট্রাম্প" (if Iran goes on, Trump would back an attack) came out as Iran's SUPPORT (unlabelled
news-dev rows, seed 11). Sentences written for this test. The main clause's party is looked for among
every candidate (threshold 0), the condition's subject among the kept events: the classifier's
score is not what this checks (round 21's retrained weights score
two of the announced sanctions below the threshold, with the right actors)."""
from __future__ import annotations

import pytest

from khobor.ingest.jsonl import row_to_article
from khobor.pipeline import Overrides, process

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
    row = {"title": "", "text": text, "language": "bn", "url": "http://example.org/a"}
    candidates = process(row_to_article(row, "t#1"), Overrides(min_event_confidence=0.0)).events
    kept = process(row_to_article(row, "t#1")).events
    assert any(actor in [a.name for a in e.actors] for e in candidates)
    assert all(conditional_subject not in [a.name for a in e.actors] for e in kept)
