"""Held-out Bengali cases of the thing confirmed or told, with its classifier ("বিষয়টি", "খবরটা",
"তথ্যটি"), standing between an unnamed official and the cue ("বিজিবির এক কর্মকর্তা [তথ্যটি]
নিশ্চিত করেছেন"): it is the verb's object, never a shapeless person's name, so no new actor
("Bishayti", "Khabarti") speaks (rule no_name_word, the pack's `bare_name_stops`). A trap keeps a
name before the same object. Short articles written for this project (no newspaper text),
written before the change; (fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("leader_confirmed_the_matter",
     "সাবেক সচিব রাশেদুল করিম নতুন দলে যোগ দিচ্ছেন। আগামী শুক্রবার তিনি দলে যোগ দেবেন বলে দলের এক নেতা "
     "বিষয়টি নিশ্চিত করেছেন।",
     [("আগামী শুক্রবার তিনি দলে যোগ দেবেন", None)]),
    ("official_confirmed_the_news",
     "উপজেলা পরিষদের নির্বাচন পিছিয়েছে। ভোট হবে আগামী মাসের শেষ সপ্তাহে বলে কমিশনের একজন কর্মকর্তা "
     "খবরটি নিশ্চিত করেন।",
     [("ভোট হবে আগামী মাসের শেষ সপ্তাহে", None)]),
    ("border_officer_confirmed_the_information",
     "সীমান্তে দুই কিশোর আটক হয়েছে। তাদের রাতেই ফেরত দেওয়া হবে বলে বিজিবির এক কর্মকর্তা তথ্যটি নিশ্চিত "
     "করেছেন।",
     [("তাদের রাতেই ফেরত দেওয়া হবে", None)]),
    ("fire_officer_confirmed_the_incident",
     "হাসপাতালে আগুন লাগে ভোরে। কেউ হতাহত হয়নি বলে ফায়ার সার্ভিসের একজন কর্মকর্তা ঘটনাটি নিশ্চিত করেন।",
     [("কেউ হতাহত হয়নি", None)]),
    ("owners_representative_told_the_matter",
     "কারখানায় তিন দিনের ছুটি ঘোষণা করা হয়েছে। মালিকপক্ষের এক প্রতিনিধি বিষয়টা জানিয়ে বলেন, বকেয়া "
     "বেতন রোববার দেওয়া হবে।",
     [("বকেয়া বেতন রোববার দেওয়া হবে", None)]),
    ("airline_officer_confirmed_the_news",
     "বিমানবন্দরে দুটি ফ্লাইট বাতিল হয়েছে। কুয়াশার কারণে ফ্লাইট দুটি বাতিল হয়েছে বলে বিমানের এক "
     "কর্মকর্তা খবরটা নিশ্চিত করেছেন।",
     [("কুয়াশার কারণে ফ্লাইট দুটি বাতিল হয়েছে", None)]),
    ("board_officer_told_the_decision",
     "পরীক্ষার ফল প্রকাশ পিছিয়েছে। আগামী সপ্তাহে ফল প্রকাশ হবে বলে বোর্ডের এক কর্মকর্তা সিদ্ধান্তটি "
     "জানিয়েছেন।",
     [("আগামী সপ্তাহে ফল প্রকাশ হবে", None)]),
    ("trap_named_president_confirmed_the_matter",
     "বৈঠক শেষে সমিতির সভাপতি রফিকুল ইসলাম বিষয়টি নিশ্চিত করে বলেন, আগামী মাসে নতুন কমিটি হবে।",
     [("আগামী মাসে নতুন কমিটি হবে", "Rafiqul Islam")]),
]
