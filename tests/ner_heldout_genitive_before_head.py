"""Held-out cases on a person's name the model cut short before its last word in the genitive,
followed by a bare head noun of institutions' names (ner.yaml `headed_names.heads`: "হাসপাতাল",
"কলেজ", "ক্লিনিক"): "ডা. জাহিদ হোসেনের হাসপাতাল" is Dr Zahid Hossain's hospital, and the
person's name is the whole "জাহিদ হোসেন" (round 21's known defect: `_opens_a_body` stopped the
name at any bare organisation word after a genitive). Guards: a genitive word before a bare word
that only goes on into a body's name ("এভার কেয়ার হাসপাতালে", "রহমানের ট্রেডার্স লিমিটেড") stays
out. Each case returns True when the span is right; the sentences are written for these tests,
not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, person_after_name_tails as _person

CASES, case = case_registry()


@case
def bn_doctors_hospital():
    return _person("অভিযোগ উঠেছে ডা. জাহিদ হোসেনের হাসপাতাল নিয়ে।", "ডা. জাহিদ") == "ডা. জাহিদ হোসেনের"


@case
def bn_founders_college():
    return _person("মো. কামরুল ইসলামের কলেজ থেকে এবার ৪০ জন পাস করেছে।", "মো. কামরুল") == "মো. কামরুল ইসলামের"


@case
def bn_owners_clinic():
    return _person("পুলিশ জানায়, আব্দুল করিম মোল্লার ক্লিনিক সিলগালা করা হয়েছে।", "আব্দুল করিম") == "আব্দুল করিম মোল্লার"


@case
def bn_chairmans_school():
    return _person("চেয়ারম্যান মো. রফিক উদ্দিনের স্কুল মাঠে সভা হয়।", "মো. রফিক") == "মো. রফিক উদ্দিনের"


@case
def bn_councillors_office():
    return _person("কাউন্সিলর মো. সেলিম রেজার কার্যালয় ঘেরাও করেন বাসিন্দারা।", "মো. সেলিম") == "মো. সেলিম রেজার"


@case
def bn_patrons_madrasa():
    return _person("মাওলানা মো. আবু তাহেরের মাদ্রাসা বন্ধ রয়েছে।", "মো. আবু") == "মো. আবু তাহেরের"


# --- guards: a body's name that goes on past the bare word
@case
def bn_evercare_stays_out():
    return _person("সকালে মির্জা ফখরুল এভার কেয়ার হাসপাতালে যান।", "মির্জা ফখরুল") == "মির্জা ফখরুল"


@case
def bn_traders_limited_stays_out():
    return _person("জব্দ করা হয় শফিকুল আলম রহমানের ট্রেডার্স লিমিটেডের গাড়ি।", "শফিকুল আলম") == "শফিকুল আলম"
