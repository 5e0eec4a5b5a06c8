"""Round 28 (issue 9): a claim pointed back to and rejected ("পাকিস্তান এই দাবি প্রত্যাখ্যান করেছে",
Pakistan rejected this claim) answers whoever made it, named in the sentence before; with no
recipient of its own the rejection fell to the article's home state by default, a party the text
never names (coder.claimant_answered). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

ANSWERED = [
    ("ভারতের সীমান্তরক্ষী বাহিনী দাবি করেছে, চোরাকারবারিরা তাদের ওপর হামলা চালালে আত্মরক্ষায় গুলি ছোড়া হয়। "
     "পাকিস্তান এই দাবি প্রত্যাখ্যান করেছে।", "PAK", "IND"),
    ("নেপালের প্রধানমন্ত্রী জানান, সীমান্তে কোনো সমস্যা নেই। ভারত এই বক্তব্য প্রত্যাখ্যান করেছে।", "IND", "NPL"),
    # round 28 review (rv28a, rr28b): the claimant opens its sentence; a party named after it is
    # what the claim is about
    ("ভারতের সীমান্তরক্ষী বাহিনী দাবি করেছে, নেপালের চোরাকারবারিরা তাদের ওপর হামলা চালায়। "
     "বিজিবি এই দাবি প্রত্যাখ্যান করেছে।", "BGD", "IND"),
]


@pytest.mark.parametrize("text, actor, claimant", ANSWERED, ids=range(len(ANSWERED)))
def test_a_rejected_claim_answers_its_claimant(text, actor, claimant):
    rec = record_of(text, "bn")
    (ev,) = [e for e in rec.events if e.type == "REJECT"]
    assert [a.country for a in ev.actors] == [actor]
    assert [a.country for a in ev.recipients] == [claimant]
    assert any(step.get("rule") == "claimant_answered" for step in ev._explain)
