"""Held-out cases on English loanwords inside the Bengali names of bodies, teams and events the
registry lacks ("মেলবোর্ন রেনেগেডস", "ক্রিকেটার্স ওয়েলফেয়ার অ্যাসোসিয়েশন"): the provisional
actor takes the English word, as the body writes its own name, not a letter-by-letter
romanisation ("Renegedas", "Kriketars Welfar"). Written before the change they test and not tuned
on; each case returns True when the linker does the right thing; the sentences are written for
these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


@case
def bn_big_bash_sides():
    t = "শেষ ওভারে হোবার্ট হারিকেনসকে হারিয়েছে পার্থ স্কোরচার্স, ম্যাচসেরা হয়েছেন এক তরুণ পেসার।"
    got = actors_at(t, "bn", ("ORG", "হোবার্ট হারিকেনসকে"), ("ORG", "পার্থ স্কোরচার্স"), published="2025-01-10")
    return name_of(got["হোবার্ট হারিকেনসকে"]) == "Hobart Hurricanes" and name_of(got["পার্থ স্কোরচার্স"]) == "Perth Scorchers"


@case
def bn_franchise_with_knight():
    t = "নিলামে এক বাংলাদেশি পেসারকে দলে নিয়েছে কলকাতা নাইট রাইডার্স, জানিয়েছে ফ্র্যাঞ্চাইজিটি।"
    got = actors_at(t, "bn", ("ORG", "কলকাতা নাইট রাইডার্স"), published="2025-11-20")
    return name_of(got["কলকাতা নাইট রাইডার্স"]) == "Kolkata Knight Riders"


@case
def bn_players_welfare_body():
    t = "খেলোয়াড়দের বকেয়া পারিশ্রমিক নিয়ে বিবৃতি দিয়েছে ক্রিকেটার্স ওয়েলফেয়ার অ্যাসোসিয়েশন।"
    got = actors_at(t, "bn", ("ORG", "ক্রিকেটার্স ওয়েলফেয়ার অ্যাসোসিয়েশন"), published="2025-06-02")
    return name_of(got["ক্রিকেটার্স ওয়েলফেয়ার অ্যাসোসিয়েশন"]) == "Cricketers Welfare Association"


@case
def bn_company_with_english_words():
    t = "গাজীপুরে রয়েল ডিউরেবল প্লাস্টিক লিমিটেডের কারখানায় আগুন লেগেছে, হতাহতের খবর পাওয়া যায়নি।"
    got = actors_at(t, "bn", ("ORG", "রয়েল ডিউরেবল প্লাস্টিক লিমিটেডের"), published="2025-03-04")
    return name_of(got["রয়েল ডিউরেবল প্লাস্টিক লিমিটেডের"]) == "Royal Durable Plastic Limited"


@case
def bn_cyber_council():
    t = "নির্বাচনের আগে সাইবার হামলা ঠেকাতে বৈঠকে বসেছে ন্যাশনাল সাইবার ফোরাম, সভাপতিত্ব করেন এক উপদেষ্টা।"
    got = actors_at(t, "bn", ("ORG", "ন্যাশনাল সাইবার ফোরাম"), published="2025-12-01")
    return name_of(got["ন্যাশনাল সাইবার ফোরাম"]) == "National Cyber Forum"


@case
def bn_league_with_soccer():
    t = "যুক্তরাষ্ট্রের মেজর লিগ সকারে খেলতে যাচ্ছেন এক আর্জেন্টাইন মিডফিল্ডার।"
    got = actors_at(t, "bn", ("ORG", "মেজর লিগ সকারে"), published="2025-08-15")
    return name_of(got["মেজর লিগ সকারে"]) == "Major League Soccer"


@case
def bn_finance_company_reliance():
    t = "গ্রাহকের টাকা ফেরত দিতে পারছে না গ্লোবাল রিলায়েন্স ফিন্যান্স লিমিটেড, অভিযোগ আমানতকারীদের।"
    got = actors_at(t, "bn", ("ORG", "গ্লোবাল রিলায়েন্স ফিন্যান্স লিমিটেড"), published="2025-05-05")
    return name_of(got["গ্লোবাল রিলায়েন্স ফিন্যান্স লিমিটেড"]) == "Global Reliance Finance Limited"


# --- guard: a person's name is no loanword
@case
def bn_person_name_stays_romanised():
    t = "মামলার বাদী রাশেদুল করিম ওয়েলফেয়ার সমিতির কোষাধ্যক্ষ বলে জানা গেছে।"
    got = actors_at(t, "bn", ("PER", "রাশেদুল করিম"), published="2025-05-05")
    return name_of(got["রাশেদুল করিম"]) == "Rashedul Karim"
