"""Held-out cases on an upazila's name written bare ("টেকনাফে", "in Teknaf"): the town a reader
looks up, named without "Upazila" ("Teknaf"), where before the linker named it after the
administrative unit ("Teknaf Upazila") that the text never wrote. Guards: the name written with
"উপজেলা"/"upazila" stays the upazila, and a "Sadar" upazila (no town of that name) keeps its
full name. Written before the change they test and not tuned on; each case returns True when the
linker does the right thing; the sentences are written for these tests, not taken from any
outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _place(text: str, surface: str, lang: str = "bn", published: str = "2025-08-10") -> str:
    return name_of(actors_at(text, lang, ("GPE", surface), published=published)[surface])


@case
def bn_bare_town_in_locative():
    t = "সোমবার ভোরে টেকনাফে একটি নৌকা থেকে ৪০ হাজার ইয়াবা উদ্ধার করেছে কোস্টগার্ড।"
    return _place(t, "টেকনাফে") == "Teknaf"


@case
def bn_bare_town_as_subject_of_storm():
    t = "ঘূর্ণিঝড়ের প্রভাবে কলাপাড়ায় শতাধিক ঘরবাড়ি বিধ্বস্ত হয়েছে বলে জানিয়েছেন স্থানীয়রা।"
    return _place(t, "কলাপাড়ায়", published="2025-05-28") == "Kalapara"


@case
def bn_bare_town_in_genitive():
    t = "উলিপুরের একটি চরে বন্যার পানিতে ডুবে দুই শিশুর মৃত্যু হয়েছে।"
    return _place(t, "উলিপুরের", published="2025-07-19") == "Ulipur"


@case
def bn_bare_town_after_district():
    t = "চট্টগ্রামের রাউজানে জমি নিয়ে বিরোধে এক কৃষককে পিটিয়ে আহত করার অভিযোগ উঠেছে।"
    return _place(t, "রাউজানে", published="2025-10-02") == "Raozan"


@case
def bn_named_with_upazila_stays_upazila():
    # (not "শার্শা উপজেলা প্রশাসন": that is the administration, a body of its own)
    t = "বৃহস্পতিবার শার্শা উপজেলা জুড়ে বাজারে অভিযান চালিয়ে তিন দোকানিকে জরিমানা করা হয়েছে।"
    return _place(t, "শার্শা উপজেলা", published="2025-03-06") == "Sharsha Upazila"


@case
def en_bare_town():
    t = "Police recovered the body of a fisherman from a canal in Kalapara on Tuesday morning."
    return _place(t, "Kalapara", "en", "2025-06-10") == "Kalapara"


@case
def en_named_with_upazila_stays_upazila():
    t = "The Teknaf Upazila administration closed all schools ahead of the cyclone on Friday."
    return _place(t, "Teknaf Upazila", "en", "2025-05-23") == "Teknaf Upazila"


@case
def bn_list_closed_by_upazila_stays_upazila():
    t = "বন্যায় গোয়াইনঘাট, কোম্পানীগঞ্জ ও জৈন্তাপুর উপজেলার নিম্নাঞ্চল প্লাবিত হয়েছে বলে জানিয়েছে প্রশাসন।"
    return _place(t, "গোয়াইনঘাট", published="2025-06-18") == "Gowainghat Upazila"


@case
def en_seat_areas_in_brackets_stay_upazilas():
    t = "The party fielded its secretary general from Sunamganj-2 (Derai-Shalla) in the election."
    return _place(t, "Derai", "en", "2025-12-20") == "Derai Upazila"


@case
def bn_bare_town_in_headline_style_clause():
    t = "শ্রীমঙ্গলে মৌসুমের সর্বনিম্ন তাপমাত্রা রেকর্ড করা হয়েছে, শীতে কাবু চা-শ্রমিকেরা।"
    return _place(t, "শ্রীমঙ্গলে", published="2026-01-09") == "Sreemangal"


@case
def bn_bare_town_as_origin():
    t = "পটিয়া থেকে আসা একটি ট্রাক মহাসড়কে উল্টে গেলে চালকের সহকারী নিহত হন।"
    return _place(t, "পটিয়া", published="2025-04-12") == "Patiya"


@case
def en_bare_town_after_comma_district():
    t = "A boat capsized in the Surma river at Chhatak, Sunamganj, on Sunday, leaving two people missing."
    return _place(t, "Chhatak", "en", "2025-08-24") == "Chhatak"
