"""Held-out cases on "বিল্লাহ", a common last word of Bangladeshi men's names (Masum Billah, Arif
Billah) that no name list held, so that `ner.gazetteer.with_name_tails` never took it and the
person lost it when the model stopped one word short ("Md Mostain" for "Md Mostain Billah").
Guard: a one-word span does not grow (a name beside it may be another person). Each case
returns True when the span is right; the names and sentences are made up for these tests."""
from __future__ import annotations

from actor_fixtures import case_registry, person_after_name_tails as _person

CASES, case = case_registry()


@case
def bn_md_name_billah():
    return _person("থানার ওসি মো. মোস্তফা বিল্লাহ ঘটনাস্থলে যান।", "মো. মোস্তফা") == "মো. মোস্তফা বিল্লাহ"


@case
def bn_two_word_name_billah():
    return _person("মামলার তদন্ত কর্মকর্তা আবু সাঈদ বিল্লাহ আদালতে প্রতিবেদন দেন।", "আবু সাঈদ") == "আবু সাঈদ বিল্লাহ"


@case
def bn_md_masum_billah_says():
    return _person("শিক্ষক মো. মাসুম বিল্লাহ বলেন, পরীক্ষা সময়মতো হবে।", "মো. মাসুম") == "মো. মাসুম বিল্লাহ"


@case
def bn_billah_in_genitive():
    return _person("পরে মো. আরিফ বিল্লাহর নেতৃত্বে একটি দল সেখানে যায়।", "মো. আরিফ") == "মো. আরিফ বিল্লাহর"


@case
def bn_billah_before_comma():
    return _person("বৈঠকে ছিলেন ইউএনও শেখ মুতাসিম বিল্লাহ , ওসি ও অন্যরা।", "শেখ মুতাসিম") == "শেখ মুতাসিম বিল্লাহ"


@case
def bn_billah_in_list():
    return _person("আহত হন রফিকুল ইসলাম, কাজী মামুন বিল্লাহ ও আরও দুজন।", "কাজী মামুন") == "কাজী মামুন বিল্লাহ"


@case
def bn_one_word_span_does_not_grow():
    return _person("মাসুম বিল্লাহ সভায় ছিলেন।", "মাসুম") == "মাসুম"
