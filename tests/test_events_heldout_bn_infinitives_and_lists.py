"""Round 30 (issue 9, Bengali event precision): two kinds of event noun that tell no act.
Sentences written for this test.

- `Coder._infinitive_trigger` (events/coder.py): a trigger whose own light verb is an infinitive
  that `suppress_after` names ("চুক্তি করতে" = to make a deal) is what someone is told or asked
  to do, as a bare noun before "করতে" already was; a modal after it keeps the act, as possible.
- `listed_item` (events/coder.py): a bare event noun glued to "সহ" (including,
  `markers.inclusive_words`) or right before it is one item of a list of topics or charges.
- `non_events` (lang/bn/events.yaml): a source asking not to be named ("পরিচয় গোপন রাখার অনুরোধ
  জানিয়ে বলেন") is newsgathering, no REQUEST; the participle "আরোপিত" (imposed) before the
  restriction it qualifies names a sanction in place, no new one.
- `never_or_not_yet` (events/coder.py, `unhappened_adverbs`): an act told negated with "not yet"
  or "never" in its clause has not happened and refuses nothing: no event, no REJECT.
"""
from __future__ import annotations

from event_fixtures import proposed_or_kept, record_of


def test_a_deal_someone_is_told_to_make_is_no_agreement():
    assert proposed_or_kept("ট্রাম্প কানাডাকে যুক্তরাষ্ট্রের সঙ্গে একটি চুক্তি করতে বলেছেন।", "bn", {"AGREE"}) == []


def test_a_deal_that_may_be_made_stays_possible():
    events = [e for e in record_of("যুক্তরাষ্ট্র বাংলাদেশের সঙ্গে বাণিজ্য চুক্তি করতে পারে।", "bn").events if e.type == "AGREE"]
    assert [e.modality for e in events] == ["possible"]


def test_a_treaty_among_the_topics_is_no_agreement():
    assert proposed_or_kept("বিএনপি তিস্তা চুক্তিসহ নানা বিষয়ে সোচ্চার ছিল।", "bn", {"AGREE"}) == []


def test_a_treaty_signed_is_still_an_agreement():
    text = "ঢাকায় বাংলাদেশ ও জাপান একটি বাণিজ্য চুক্তি সই করেছে।"
    assert [e.type for e in record_of(text, "bn").events if e.type == "AGREE"] == ["AGREE"]


def test_a_source_asking_not_to_be_named_makes_no_request():
    text = "বিএনপির এক নেতা নাম প্রকাশ না করার অনুরোধ করে বলেন, দলে অসন্তোষ আছে।"
    assert proposed_or_kept(text, "bn", {"REQUEST"}) == []


def test_a_party_asking_the_government_still_requests():
    text = "বিএনপি সরকারের কাছে দ্রুত নির্বাচনের অনুরোধ জানিয়েছে।"
    assert [e.type for e in record_of(text, "bn").events] == ["REQUEST"]


def test_a_tariff_named_as_imposed_is_no_new_sanction():
    text = "যুক্তরাষ্ট্রের আরোপিত পাল্টা শুল্ক কমানোর বিষয়ে বাণিজ্য উপদেষ্টা রপ্তানিকারকদের সঙ্গে বৈঠক করেছেন।"
    assert proposed_or_kept(text, "bn", {"SANCTION"}) == []


def test_a_tariff_imposed_is_still_a_sanction():
    text = "যুক্তরাষ্ট্র বাংলাদেশি পণ্যের ওপর ৩৭ শতাংশ শুল্ক আরোপ করেছে।"
    assert [e.type for e in record_of(text, "bn").events] == ["SANCTION"]


def test_an_answer_not_yet_given_is_no_rejection():
    text = "ঢাকায় বিজিবি চিঠি পাঠালেও বিএসএফ এখনো সাড়া দেয়নি।"
    assert proposed_or_kept(text, "bn", {"REJECT", "AGREE"}) == []


def test_what_a_party_never_backs_is_no_act():
    text = "এ ধরনের সহিংসতা বিএনপি কখনই সমর্থন করে না।"
    assert proposed_or_kept(text, "bn", {"SUPPORT"}) == []


def test_a_refusal_without_not_yet_stays_a_rejection():
    text = "বিএনপি সরকারের প্রস্তাবে রাজি হয়নি।"
    assert [e.type for e in record_of(text, "bn").events] == ["REJECT"]
