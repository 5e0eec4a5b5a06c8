"""Held-out cases on a person's name followed by a body's name that opens with a word read as a
name only through a case ending ("এভার" = "এভা" + -র) and goes on with a bare word of
organisations' names ("কেয়ার", "ট্রেডার্স"): "সালাহউদ্দিন আহমদ এভার কেয়ার হাসপাতালে পৌঁছান"
is a visit to the Evercare hospital, not a person "Salahuddin Ahmed Eva" (round 20's known defect:
Tarique Rahman linked to "Tarek Rahman Eva"). `ner.gazetteer.with_name_tails` takes no such
word. Guards: a genitive tail before anything else, or before an inflected body word ("আলীর
কোম্পানির": Ali's company's), stays. Each case returns True when the span is right; the sentences
are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, person_after_name_tails as _person

CASES, case = case_registry()


@case
def bn_leader_visits_evercare():
    return _person("দলের মহাসচিব মির্জা ফখরুল এভার কেয়ার হাসপাতাল থেকে বেরিয়ে আসেন।", "মির্জা ফখরুল") == "মির্জা ফখরুল"


@case
def bn_three_word_name_before_evercare():
    return _person("রাতে নজরুল ইসলাম খান এভার কেয়ার হাসপাতালের সামনে ছিলেন।", "নজরুল ইসলাম খান") == "নজরুল ইসলাম খান"


@case
def bn_arrives_at_evercare():
    return _person("সকালে সালাহউদ্দিন আহমদ এভার কেয়ার হাসপাতালে পৌঁছান।", "সালাহউদ্দিন আহমদ") == "সালাহউদ্দিন আহমদ"


@case
def bn_doctor_of_evercare():
    return _person("চিকিৎসক শাহাবুদ্দিন তালুকদার এভার কেয়ার হসপিটালের মেডিকেল বোর্ডের প্রধান।", "শাহাবুদ্দিন তালুকদার") == "শাহাবুদ্দিন তালুকদার"


@case
def bn_shop_named_with_a_name():
    return _person("ক্রেতা আব্দুল মতিন রূপার ট্রেডার্স থেকে চাল কেনেন।", "আব্দুল মতিন") == "আব্দুল মতিন"


@case
def bn_company_named_with_a_name():
    return _person("ক্রেতারা জানান, দোকানি হারুন অর রশিদ রীতার ফ্যাশন হাউস চালান।", "হারুন অর রশিদ") == "হারুন অর রশিদ"


# --- guards: a genitive tail before anything but a bare body word stays
@case
def bn_genitive_tail_before_a_noun():
    return _person("মো. ইউনূচ আলীর কাছে টাকা চান তিনি।", "মো. ইউনূচ") == "মো. ইউনূচ আলীর"


@case
def bn_genitive_tail_before_inflected_body_word():
    return _person("সাহেদা আক্তার রূপার কোম্পানির শেয়ার কিনেছেন তিনি।", "সাহেদা আক্তার") == "সাহেদা আক্তার রূপার"
