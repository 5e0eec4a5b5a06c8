"""Round 30 (issue 9, Bengali event precision): event words that tell no act, and the acts beside them.
Sentences written for this test.

- `non_events` (lang/bn/events.yaml): a source asking not to be named ("পরিচয় গোপন রাখার অনুরোধ
  জানিয়ে বলেন") is newsgathering, no REQUEST; the participle "আরোপিত" (imposed) before the
  restriction it qualifies names a sanction in place, no new one.
- `never_or_not_yet` (events/coder.py, `unhappened_adverbs`): an act told negated with "not yet"
  or "never" in its clause has not happened and refuses nothing: no event, no REJECT.
"""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept, record_of


@pytest.mark.parametrize("text, types", [
    # a source asking not to be named
    ("বিএনপির এক নেতা নাম প্রকাশ না করার অনুরোধ করে বলেন, দলে অসন্তোষ আছে।", {"REQUEST"}),
    # a tariff named as imposed
    ("যুক্তরাষ্ট্রের আরোপিত পাল্টা শুল্ক কমানোর বিষয়ে বাণিজ্য উপদেষ্টা রপ্তানিকারকদের সঙ্গে বৈঠক করেছেন।",
     {"SANCTION"}),
    # an answer not yet given
    ("ঢাকায় বিজিবি চিঠি পাঠালেও বিএসএফ এখনো সাড়া দেয়নি।", {"REJECT", "AGREE"}),
    # what a party never backs
    ("এ ধরনের সহিংসতা বিএনপি কখনই সমর্থন করে না।", {"SUPPORT"}),
])
def test_no_act_is_told(text, types):
    assert proposed_or_kept(text, "bn", types) == []


@pytest.mark.parametrize("text, etype, modality", [
    ("যুক্তরাষ্ট্র বাংলাদেশের সঙ্গে বাণিজ্য চুক্তি করতে পারে।", "AGREE", "possible"),   # may make a deal
    ("ঢাকায় বাংলাদেশ ও জাপান একটি বাণিজ্য চুক্তি সই করেছে।", "AGREE", "asserted"),
    ("বিএনপি সরকারের কাছে দ্রুত নির্বাচনের অনুরোধ জানিয়েছে।", "REQUEST", "asserted"),
    ("যুক্তরাষ্ট্র বাংলাদেশি পণ্যের ওপর ৩৭ শতাংশ শুল্ক আরোপ করেছে।", "SANCTION", "asserted"),
    ("বিএনপি সরকারের প্রস্তাবে রাজি হয়নি।", "REJECT", "asserted"),   # a refusal without "not yet"
])
def test_the_act_itself_is_still_told(text, etype, modality):
    assert [(e.type, e.modality) for e in record_of(text, "bn").events if e.type == etype] == [(etype, modality)]
