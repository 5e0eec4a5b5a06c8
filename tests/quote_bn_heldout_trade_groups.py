"""Held-out Bengali quote cases written for round 27 (spk27c), on groups named by their work or
place and by nobody's name: researchers, rights workers, doctors, entrepreneurs, passengers,
villagers ("গবেষকেরা বলছেন", "অধিকারকর্মীদের মতে", "এলাকাবাসীর ভাষ্য, ...", "যাত্রীদের অভিযোগ, ...").
GUIDELINES Q4: an unidentifiable speaker is "" (no actor). Short articles written for this
project (no newspaper text), written before the change; same format as quote_bn_heldout.CASES
(fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("researchers_say",
     "জলবায়ু নিয়ে কাজ করা গবেষকেরা বলছেন, উপকূলের মাটিতে লবণাক্ততা প্রতি বছর বাড়ছে।",
     [("লবণাক্ততা প্রতি বছর বাড়ছে", None)]),
    ("rights_workers_according_to",
     "অধিকারকর্মীদের মতে, নতুন অধ্যাদেশে নাগরিকের গোপনীয়তা ঝুঁকিতে পড়বে।",
     [("নাগরিকের গোপনীয়তা ঝুঁকিতে", None)]),
    ("doctors_according_to",
     "চিকিৎসকদের মতে, আহত দুজনের অবস্থা এখনো আশঙ্কাজনক।",
     [("আহত দুজনের অবস্থা এখনো আশঙ্কাজনক", None)]),
    ("villagers_account_set_off",
     "এলাকাবাসীর ভাষ্য, সেতুটি ভেঙে পড়ার পর থেকে নৌকায় পারাপার চলছে।",
     [("নৌকায় পারাপার চলছে", None)]),
    ("entrepreneurs_claim_set_off",
     "উদ্যোক্তাদের দাবি, ব্যাংকঋণের সুদ বাড়ায় নতুন কারখানা চালু করা কঠিন হয়ে পড়েছে।",
     [("নতুন কারখানা চালু করা কঠিন", None)]),
    ("passengers_complaint_set_off",
     "যাত্রীদের অভিযোগ, ঈদের আগে দূরপাল্লার বাসে দ্বিগুণ ভাড়া নেওয়া হচ্ছে।",
     [("দূরপাল্লার বাসে দ্বিগুণ ভাড়া", None)]),
]
