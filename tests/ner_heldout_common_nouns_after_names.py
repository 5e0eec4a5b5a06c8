"""Held-out cases on a person's name followed by a common Bengali noun that name_words.yaml also
lists for its English form in bodies' names ("স্বাস্থ্য" Health, "সরকারি" Government, "জাতীয়" National):
after a name in the genitive such a noun is the person's ("আব্দুল করিমের স্বাস্থ্য পরীক্ষা",
Abdul Karim's health check-up), so the name keeps its genitive tail; before a clause mark it is
no company's trade word, so the person stays a person. Guards: a loanword trade word still opens
a body ("রূপার ট্রেডার্স") or makes a listed company ("রহমান কটন,"). Written before the change
they test and not tuned on; each case returns True when the span is right; the sentences are
written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, company_before_marks as _company, person_after_name_tails as _person

CASES, case = case_registry()


@case
def bn_health_checkup_of_a_man():
    return _person("হাসপাতালে মো. আব্দুল করিমের স্বাস্থ্য পরীক্ষা করা হয়।", "মো. আব্দুল") == "মো. আব্দুল করিমের"


@case
def bn_health_of_a_leader():
    return _person("চিকিৎসকেরা জানান, নজরুল ইসলাম রহিমের স্বাস্থ্য এখন স্থিতিশীল।", "নজরুল ইসলাম") == "নজরুল ইসলাম রহিমের"


@case
def bn_government_job_of_a_son():
    return _person("পরিবার জানায়, ছেলে মো. রাশেদ কামালের সরকারি চাকরি হয়েছে গত মাসে।", "মো. রাশেদ") == "মো. রাশেদ কামালের"


@case
def bn_national_id_of_a_voter():
    return _person("ভোটার আবুল কাশেম আহমেদের জাতীয় পরিচয়পত্রে ভুল ছিল।", "আবুল কাশেম") == "আবুল কাশেম আহমেদের"


@case
def bn_protection_of_a_witness():
    return _person("আদালত সাক্ষী ফাতেমা বেগম হাসানের সুরক্ষা নিশ্চিত করতে বলেছে।", "ফাতেমা বেগম") == "ফাতেমা বেগম হাসানের"


@case
def bn_person_before_highway_at_clause_end():
    return _company("আহতদের মধ্যে আছেন চালক আব্দুর রফিক, হাইওয়ে পুলিশ তাকে উদ্ধার করে।", "আব্দুর রফিক") == ("আব্দুর রফিক", "PER") \
        and _company("গাড়িটি চালাচ্ছিলেন রফিক হাইওয়ে।", "রফিক") == ("রফিক", "PER")


@case
def bn_person_before_health_at_clause_end():
    return _company("প্রশিক্ষণে অংশ নেন শিক্ষিকা নাসরিন স্বাস্থ্য, পুষ্টি ও পরিচ্ছন্নতা নিয়ে কথা হয়।", "নাসরিন") == ("নাসরিন", "PER")


# --- guards: loanword trade words still make bodies
@case
def bn_genitive_before_traders_opens_a_shop():
    return _person("ক্রেতা আব্দুল মতিন রূপার ট্রেডার্স থেকে চাল কেনেন।", "আব্দুল মতিন") == "আব্দুল মতিন"


@case
def bn_listed_cotton_mill_is_a_company():
    return _company("লেনদেনের শীর্ষে ছিল রহমান কটন, পূবালী ব্যাংক ও একটি বন্ড।", "রহমান") == ("রহমান কটন", "ORG")
