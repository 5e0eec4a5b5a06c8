"""Held-out cases on more English loanwords inside the Bengali names of bodies, places and
facilities the registry lacks ("... আইডিয়াল স্কুল", "... রেড ক্রিসেন্ট ..."): the provisional actor
takes the English word, as the body writes its own name, not a letter-by-letter romanisation
("Aidiyal", "Krisent", "Institiushan"). Written before the change they test and not tuned on; each
case returns True when the linker does the right thing; the sentences are written for these
tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


@case
def bn_ideal_school():
    t = "বন্যার পানি নামার পর শুক্রবার খুলেছে মধুপুর আইডিয়াল স্কুল, জানিয়েছেন প্রধান শিক্ষক।"
    got = actors_at(t, "bn", ("ORG", "মধুপুর আইডিয়াল স্কুল"), published="2025-09-12")
    return name_of(got["মধুপুর আইডিয়াল স্কুল"]) == "Madhupur Ideal School"


@case
def bn_crescent_society():
    t = "ঘূর্ণিঝড়ের পর উপকূলে ত্রাণ নিয়ে গেছে নোয়াখালী রেড ক্রিসেন্ট ইউনিট।"
    got = actors_at(t, "bn", ("ORG", "নোয়াখালী রেড ক্রিসেন্ট ইউনিট"), published="2025-05-30")
    return name_of(got["নোয়াখালী রেড ক্রিসেন্ট ইউনিট"]) == "Noakhali Red Crescent Unit"


@case
def bn_engineers_institution():
    t = "সেতুর নকশা নিয়ে আপত্তি জানিয়েছে ইনস্টিটিউশন অব সিভিল ইঞ্জিনিয়ার্স নামের একটি পেশাজীবী সংগঠন।"
    got = actors_at(t, "bn", ("ORG", "ইনস্টিটিউশন অব সিভিল ইঞ্জিনিয়ার্স"), published="2025-02-18")
    return name_of(got["ইনস্টিটিউশন অব সিভিল ইঞ্জিনিয়ার্স"]) == "Institution of Civil Engineers"


@case
def bn_pathway_league():
    t = "তরুণ ক্রিকেটারদের জন্য নতুন আসর রূপসা পাথওয়ে লিগ শুরু হচ্ছে আগামী মাসে।"
    got = actors_at(t, "bn", ("EVT", "রূপসা পাথওয়ে লিগ"), published="2025-10-03")
    return name_of(got["রূপসা পাথওয়ে লিগ"]) == "Rupsha Pathway League"


@case
def bn_diaspora_forum():
    t = "প্রবাসীদের ভোটাধিকার নিয়ে সভা করেছে মেঘনা ডায়াস্পোরা ফোরাম।"
    got = actors_at(t, "bn", ("ORG", "মেঘনা ডায়াস্পোরা ফোরাম"), published="2025-08-21")
    return name_of(got["মেঘনা ডায়াস্পোরা ফোরাম"]) == "Meghna Diaspora Forum"


@case
def bn_dedicated_hospital():
    t = "রোগীর চাপ বাড়ায় আবার চালু হচ্ছে শাপলা কোভিড ডেডিকেটেড হাসপাতাল।"
    got = actors_at(t, "bn", ("ORG", "শাপলা কোভিড ডেডিকেটেড হাসপাতাল"), published="2025-07-07")
    return name_of(got["শাপলা কোভিড ডেডিকেটেড হাসপাতাল"]) == "Shapla Covid Dedicated Hospital"


@case
def bn_trade_corridor():
    t = "দুই দেশের বাণিজ্য বাড়াতে পদ্মা করিডোর নিয়ে আলোচনা হয়েছে।"
    got = actors_at(t, "bn", ("LOC", "পদ্মা করিডোর"), published="2025-04-14")
    return name_of(got["পদ্মা করিডোর"]) == "Padma Corridor"
