"""Held-out cases on a name several bodies of different countries share ("NPP": a Bangladeshi
party and Sri Lanka's National People's Power; "পিটিআই": Pakistan's Tehreek-e-Insaf and the Press
Trust of India; "Congress"): in an article about one of those countries, the body of that country;
elsewhere none of them. Written before the change they test and not tuned on; each case returns
True when the linker does the right thing; the sentences are written for these tests, not taken
from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, id_of

CASES, case = case_registry()


@case
def en_npp_in_dhaka_story():
    t = ("Speaking at a rally in Dhaka's Paltan, the NPP chairman said his party would contest "
         "twelve seats in Bangladesh's election alongside the BNP.")
    got = actors_at(t, "en", ("GPE", "Dhaka"), ("ORG", "NPP"), ("GPE", "Bangladesh"), ("ORG", "BNP"),
                    published="2025-12-20")
    return id_of(got["NPP"]) == "npp-bangladesh"


@case
def bn_npp_acronym_in_dhaka_story():
    t = "ঢাকার পল্টনে এক সমাবেশে এনপিপির চেয়ারম্যান বলেন, বিএনপির সঙ্গে জোট করে তারা ১২টি আসনে লড়বেন।"
    got = actors_at(t, "bn", ("GPE", "ঢাকার"), ("ORG", "এনপিপির"), ("ORG", "বিএনপির"), published="2025-12-20")
    return id_of(got["এনপিপির"]) == "npp-bangladesh"


@case
def bn_npp_full_name():
    t = "ন্যাশনাল পিপলস পার্টির মহাসচিব ঢাকায় নির্বাচন কমিশনে দলের প্রার্থী তালিকা জমা দিয়েছেন।"
    got = actors_at(t, "bn", ("ORG", "ন্যাশনাল পিপলস পার্টির"), ("GPE", "ঢাকায়"), published="2025-12-20")
    return id_of(got["ন্যাশনাল পিপলস পার্টির"]) == "npp-bangladesh"


@case
def bn_pti_in_pakistan_story():
    t = ("লাহোরে পিটিআইয়ের সমর্থকেরা ইমরান খানের মুক্তির দাবিতে বিক্ষোভ করেছেন। পাকিস্তানের পুলিশ "
         "কয়েকজনকে আটক করেছে।")
    got = actors_at(t, "bn", ("GPE", "লাহোরে"), ("ORG", "পিটিআইয়ের"), ("PER", "ইমরান খানের"),
                    ("GPE", "পাকিস্তানের"), published="2025-05-02")
    return id_of(got["পিটিআইয়ের"]) == "pakistan-tehreek-e-insaf"


@case
def bn_pti_in_india_story():
    t = ("ভারতের বার্তা সংস্থা পিটিআই জানিয়েছে, দিল্লিতে ভারী বৃষ্টিতে কয়েকটি এলাকা প্লাবিত হয়েছে। "
         "মুম্বাইয়েও বৃষ্টি হয়েছে।")
    got = actors_at(t, "bn", ("GPE", "ভারতের"), ("ORG", "পিটিআই"), ("GPE", "দিল্লিতে"), ("GPE", "মুম্বাইয়েও"),
                    published="2025-07-02")
    return id_of(got["পিটিআই"]) == "pti"


@case
def en_congress_in_us_story():
    t = ("In Washington, Congress passed a stopgap funding bill on Friday, and the White House said "
         "the president would sign it before the weekend.")
    got = actors_at(t, "en", ("GPE", "Washington"), ("ORG", "Congress"), ("ORG", "White House"),
                    published="2025-03-14")
    return id_of(got["Congress"]) == "us-congress"


@case
def en_congress_in_india_story():
    t = ("In New Delhi, Congress leaders accused the government of ignoring farmers, while India's "
         "ruling party said the protests in Punjab were political.")
    got = actors_at(t, "en", ("GPE", "New Delhi"), ("ORG", "Congress"), ("GPE", "India"), ("GPE", "Punjab"),
                    published="2025-03-14")
    return id_of(got["Congress"]) == "indian-national-congress"


# --- guard: the other country's body where the story is set there
@case
def en_npp_in_colombo_story():
    t = ("In Colombo, the NPP government of Sri Lanka presented its budget, and the opposition in "
         "Sri Lanka's parliament called it unrealistic.")
    got = actors_at(t, "en", ("GPE", "Colombo"), ("ORG", "NPP"), ("GPE", "Sri Lanka"), ("GPE", "Sri Lanka", 2),
                    published="2025-11-07")
    return id_of(got["NPP"]) == "npp-sri-lanka"
