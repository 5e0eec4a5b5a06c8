"""Held-out cases (round 34, issue 9): Bengali refusals that refuse nothing between parties, a
class of false REJECT and REQUEST events in the blind-written dev articles and the real news:
- a source declining to say more or to comment ("এর বেশি কিছু বলতে রাজি হননি তিনি", "মন্তব্য
  করতে অস্বীকৃতি জানান"): newsgathering, as "সাড়া পাওয়া যায়নি" already is;
- a source asking not to be named in the "প্রকাশ্যে না আনার" wording ("নাম প্রকাশ্যে না আনার
  অনুরোধ করে"), as "নাম প্রকাশ না করার অনুরোধ" already is;
- refusing to rule something out ("সম্ভাবনা উড়িয়ে দিতে অস্বীকৃতি জানিয়েছেন"): a double negative
  that keeps the option open and refuses no offer or demand.
Refusals of an offer or a demand keep their REJECT. Sentences written for this test (not trained on)."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept, record_of

LEAD = "পররাষ্ট্র উপদেষ্টা তৌহিদ হোসেন সোমবার সাংবাদিকদের সঙ্গে কথা বলেন। "

NOT_EVENTS = [
    (LEAD + "তবে এর বেশি কিছু বলতে রাজি হননি তিনি।", "REJECT"),
    (LEAD + "তবে বিষয়টি নিয়ে মন্তব্য করতে অস্বীকৃতি জানান তিনি।", "REJECT"),
    ("কুয়ালালামপুরে বাংলাদেশ হাইকমিশনের এক কর্মকর্তা নাম প্রকাশ্যে না আনার অনুরোধ করে বলেন, "
     "তালিকা তৈরির কাজ চলছে।", "REQUEST"),
    ("সামরিক পদক্ষেপের সম্ভাবনা উড়িয়ে দিতে অস্বীকৃতি জানিয়েছেন মার্কিন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প।", "REJECT"),
    ("ইরানে হামলার সম্ভাবনা নাকচ করতে অস্বীকার করেছেন ইসরায়েলের প্রধানমন্ত্রী বেনিয়ামিন নেতানিয়াহু।", "REJECT"),
]
REFUSALS = [
    "বিএনপি ছয়টির বেশি আসন ছাড়তে রাজি হয়নি।",
    "ভারত বাংলাদেশের প্রস্তাব মানতে অস্বীকৃতি জানিয়েছে।",
]


@pytest.mark.parametrize("text, wrong", NOT_EVENTS, ids=range(len(NOT_EVENTS)))
def test_declining_to_comment_or_to_rule_out_is_no_event(text, wrong):
    assert proposed_or_kept(text, "bn", {wrong}) == []


@pytest.mark.parametrize("text", REFUSALS, ids=range(len(REFUSALS)))
def test_refusing_an_offer_or_a_demand_stays_a_rejection(text):
    assert [e.type for e in record_of(text, "bn").events] == ["REJECT"]
