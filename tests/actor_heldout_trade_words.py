"""Held-out cases on the English trade words inside the Bengali names of companies, units and
festivals the registry lacks ("... ফুড অ্যান্ড বেভারেজ", "হাইওয়ে পুলিশ", "উপজেলা স্বাস্থ্য
কমপ্লেক্স"): the provisional actor takes the English word, as the body writes its own name
("Food and Beverage", "Highway Police", "Upazila Health Complex"), not a letter-by-letter
romanisation ("Fud and Bebharej", "Haiwe", "Swasthya Kamplekse"); and "বসুন্ধরা" as Bangladeshi
papers spell it (Bashundhara, not the Indian title pairs' Vasundhara). Written before the change
they test and not tuned on; each case returns True when the linker does the right thing; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _ends(actor, tail: str) -> bool:
    return name_of(actor).endswith(tail)


@case
def bn_food_and_beverage_company():
    t = "নরসিংদীতে মেঘলা ফুড অ্যান্ড বেভারেজ লিমিটেডের গুদামে ভোররাতে আগুন লাগে।"
    got = actors_at(t, "bn", ("ORG", "মেঘলা ফুড অ্যান্ড বেভারেজ লিমিটেডের"), published="2025-04-03")
    return _ends(got["মেঘলা ফুড অ্যান্ড বেভারেজ লিমিটেডের"], "Food and Beverage Limited")


@case
def bn_highway_police_unit():
    t = "দুর্ঘটনার পর মহাসড়কে যান চলাচল স্বাভাবিক করে হাইওয়ে পুলিশ, জানান এক কর্মকর্তা।"
    got = actors_at(t, "bn", ("ORG", "হাইওয়ে পুলিশ"), published="2025-04-03")
    return name_of(got["হাইওয়ে পুলিশ"]) == "Highway Police"


@case
def bn_upazila_health_complex():
    t = "আহত তিনজনকে বোয়ালখালী উপজেলা স্বাস্থ্য কমপ্লেক্সে নেওয়া হলে একজনকে মৃত ঘোষণা করা হয়।"
    got = actors_at(t, "bn", ("ORG", "বোয়ালখালী উপজেলা স্বাস্থ্য কমপ্লেক্সে"), published="2025-04-03")
    return _ends(got["বোয়ালখালী উপজেলা স্বাস্থ্য কমপ্লেক্সে"], "Upazila Health Complex")


@case
def bn_bakers_company():
    t = "ভেজাল পণ্য বিক্রির দায়ে সোনালি বেকার্সকে পঞ্চাশ হাজার টাকা জরিমানা করেছে ভ্রাম্যমাণ আদালত।"
    got = actors_at(t, "bn", ("ORG", "সোনালি বেকার্সকে"), published="2025-04-03")
    return _ends(got["সোনালি বেকার্সকে"], "Bakers")


@case
def bn_cotton_mills():
    t = "বকেয়া মজুরির দাবিতে রূপসা কটন মিলসের শ্রমিকেরা সড়ক অবরোধ করেন।"
    got = actors_at(t, "bn", ("ORG", "রূপসা কটন মিলসের"), published="2025-04-03")
    return _ends(got["রূপসা কটন মিলসের"], "Cotton Mills")


@case
def bn_textiles_and_agro():
    t = "চুক্তিতে সই করেছে নোমান টেক্সটাইলস ও সবুজ অ্যাগ্রো ইন্ডাস্ট্রিজ।"
    got = actors_at(t, "bn", ("ORG", "নোমান টেক্সটাইলস"), ("ORG", "সবুজ অ্যাগ্রো ইন্ডাস্ট্রিজ"),
                    published="2025-04-03")
    return _ends(got["নোমান টেক্সটাইলস"], "Textiles") and _ends(got["সবুজ অ্যাগ্রো ইন্ডাস্ট্রিজ"], "Agro Industries")


@case
def bn_film_festival():
    t = "এবারের পদ্মাপাড় ফিল্ম ফেস্টিভালে দেখানো হবে চল্লিশটি ছবি।"
    got = actors_at(t, "bn", ("EVT", "পদ্মাপাড় ফিল্ম ফেস্টিভালে"), published="2025-04-03")
    return _ends(got["পদ্মাপাড় ফিল্ম ফেস্টিভালে"], "Film Festival")


@case
def bn_bashundhara_spelling():
    t = "বসুন্ধরা পেপার মিলসের উৎপাদন দুই দিন বন্ধ ছিল বলে জানিয়েছে প্রতিষ্ঠানটি।"
    got = actors_at(t, "bn", ("ORG", "বসুন্ধরা পেপার মিলসের"), published="2025-04-03")
    return name_of(got["বসুন্ধরা পেপার মিলসের"]) == "Bashundhara Paper Mills"


@case
def bn_petroleum_company():
    t = "জ্বালানি তেল সরবরাহে নতুন চুক্তি করেছে সুরমা পেট্রোলিয়াম লিমিটেড।"
    got = actors_at(t, "bn", ("ORG", "সুরমা পেট্রোলিয়াম লিমিটেড"), published="2025-04-03")
    return _ends(got["সুরমা পেট্রোলিয়াম লিমিটেড"], "Petroleum Limited")
