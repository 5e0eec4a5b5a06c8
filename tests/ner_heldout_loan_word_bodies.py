"""Held-out cases on bodies named in English words written in Bengali that the model left O
("হেলথ সিকিউরিটি এজেন্সির"): `ner.named_bodies` with ner.yaml `named_bodies.loan_heads` makes two
words or more of English (name_words.yaml, or words the model never saw) and such a head one ORG.
Guards: one word before the head names a kind of body ("রিক্রুটিং এজেন্সির"), and Bengali words
before it a local one ("সর্বজনীন পূজা কমিটির"). Each case returns True when the mentions are right;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry
from test_ner_span_rules import entity_mentions

CASES, case = case_registry()


@case
def bn_agency_of_two_english_words():
    return "হেলথ সিকিউরিটি এজেন্সির" in entity_mentions("বিকেলে হেলথ সিকিউরিটি এজেন্সির একটি দল হাসপাতাল পরিদর্শন করে।")


@case
def bn_centre_of_an_unseen_english_word():
    return "ওয়াটার ইভোলিউশন সেন্টারের" in entity_mentions("গবেষণাটি করেছে ওয়াটার ইভোলিউশন সেন্টারের বিজ্ঞানীরা।")


@case
def bn_fund_with_its_own_name():
    return "রুরাল ডেভেলপমেন্ট ফান্ড" in entity_mentions("প্রকল্পের অর্থ দেবে রুরাল ডেভেলপমেন্ট ফান্ড, জানান কর্মকর্তারা।")


@case
def bn_committee_of_a_house():
    return "হাউস ওভারসাইট কমিটির" in entity_mentions("হাউস ওভারসাইট কমিটির শুনানিতে তিনি হাজির হননি।")


# --- guards
@case
def bn_a_recruiting_agency_is_a_kind():
    return not any("এজেন্সি" in m for m in entity_mentions("তিনি একটি রিক্রুটিং এজেন্সির মাধ্যমে বিদেশ যান।"))


@case
def bn_a_community_centre_is_a_kind():
    return not any("সেন্টার" in m for m in entity_mentions("শহরের কমিউনিটি সেন্টারে বিয়ের অনুষ্ঠান হয়।"))


@case
def bn_a_puja_committee_is_local():
    return not any("কমিটি" in m for m in entity_mentions("এলাকার সর্বজনীন পূজা কমিটির সভা হয় রাতে।"))
