"""Held-out Bengali quote cases written for round 25 (sp25), on a group named by its common noun
that tells something with the honorific "জানান" ("প্রতিবেশীরা জানান, ...", "স্বজনেরা জানান, ..."):
like "জানিয়েছেন" it is a person's form (a body's is "জানায়"), so the short bare group before it
speaks, with no actor, whether or not the pack lists the group among its titles. Short sentences
written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("neighbours_tell",
     "রাতে গ্রামের একটি বাড়িতে আগুন লাগে। প্রতিবেশীরা জানান, আগুন লাগার সময় বাড়ির লোকজন ঘুমিয়ে ছিলেন।",
     [("আগুন লাগার সময় বাড়ির লোকজন ঘুমিয়ে ছিলেন", None)]),
    ("relatives_tell",
     "নিখোঁজ কিশোরের খোঁজ মেলেনি। স্বজনেরা জানান, শুক্রবার বিকেলে সে মাদ্রাসা থেকে আর বাড়ি ফেরেনি।",
     [("শুক্রবার বিকেলে সে মাদ্রাসা থেকে আর বাড়ি ফেরেনি", None)]),
    ("workers_tell",
     "বেতনের দাবিতে কারখানার সামনে অবস্থান চলছে। শ্রমিকেরা জানান, তিন মাস ধরে তাঁরা কোনো মজুরি পাননি।",
     [("তিন মাস ধরে তাঁরা কোনো মজুরি পাননি", None)]),
    ("protesters_tell",
     "সকাল থেকে সড়কে যান চলাচল বন্ধ রয়েছে। আন্দোলনকারীরা জানান, দাবি না মানা পর্যন্ত তাঁরা সড়ক ছাড়বেন না।",
     [("দাবি না মানা পর্যন্ত তাঁরা সড়ক ছাড়বেন না", None)]),
    ("passengers_tell",
     "ফেরিঘাটে দীর্ঘ যানজট দেখা দেয়। যাত্রীরা জানান, পাঁচ ঘণ্টা অপেক্ষার পরও তাঁরা ফেরিতে উঠতে পারেননি।",
     [("পাঁচ ঘণ্টা অপেক্ষার পরও তাঁরা ফেরিতে উঠতে পারেননি", None)]),
    ("villagers_tell",
     "নদীভাঙনে স্কুলঘরটি বিলীন হয়েছে। গ্রামবাসীরা জানান, গত বর্ষায় ভাঙন শুরু হলেও কেউ ব্যবস্থা নেয়নি।",
     [("গত বর্ষায় ভাঙন শুরু হলেও কেউ ব্যবস্থা নেয়নি", None)]),
    ("doctors_tell_after_a_named_doctor",
     "হাসপাতালের তত্ত্বাবধায়ক রফিকুল আলম সকালে ওয়ার্ড ঘুরে দেখেন। চিকিৎসকেরা জানান, শয্যার চেয়ে রোগী প্রায় দ্বিগুণ।",
     [("শয্যার চেয়ে রোগী প্রায় দ্বিগুণ", None)]),
    # a greeting told is no report: nothing follows it
    ("greetings_told_are_no_quote",
     "ঈদের দিন সকালে শিক্ষার্থীরা শিক্ষকদের শুভেচ্ছা জানান।",
     [("শিক্ষকদের শুভেচ্ছা", "-")]),
]
