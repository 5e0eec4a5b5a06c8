"""Held-out Bengali cases of a time of day ("সন্ধ্যায়", "দুপুরে") or an addressee phrase
("আন্দোলনকারীদের উদ্দেশে", "শিক্ষার্থীদের উদ্দেশ্যে") standing between an unnamed official and the
cue: the words are an adjunct, never a shapeless person's name, so no new actor ("Sandhay",
"Andolankarider Uddeshe") speaks (the pack's `name_adjuncts` and `postpositions`). A trap keeps a
plain name before its cue. Short articles written for this project (no newspaper text), written
before the change; (fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("officer_in_the_evening",
     "নদীর পানি বিপদসীমার ওপরে উঠেছে। পানি উন্নয়ন বোর্ডের এক কর্মকর্তা সন্ধ্যায় বলেন, রাতের মধ্যে "
     "বাঁধের দুটি অংশ মেরামত করা হবে।",
     [("রাতের মধ্যে বাঁধের দুটি অংশ মেরামত করা হবে", None)]),
    ("officer_at_noon",
     "শহরে দিনভর উত্তেজনা ছিল। র‍্যাবের এক কর্মকর্তা দুপুরে বলেন, সন্দেহভাজন দুজনকে খোঁজা হচ্ছে।",
     [("সন্দেহভাজন দুজনকে খোঁজা হচ্ছে", None)]),
    ("relief_officer_in_the_afternoon",
     "বন্যার্তদের মধ্যে ত্রাণ বিতরণ চলছে। ত্রাণ কার্যালয়ের এক কর্মকর্তা বিকেলে বলেন, আরও দুই হাজার "
     "প্যাকেট আসছে।",
     [("আরও দুই হাজার প্যাকেট আসছে", None)]),
    ("fire_officer_in_the_morning",
     "ভোরে কারখানায় আগুন লাগে। ফায়ার সার্ভিসের এক কর্মকর্তা সকালে বলেন, আগুনের সূত্রপাত বৈদ্যুতিক "
     "লাইন থেকে।",
     [("আগুনের সূত্রপাত বৈদ্যুতিক লাইন থেকে", None)]),
    ("railway_officer_in_the_evening",
     "ট্রেন দুর্ঘটনার পর স্টেশনে ভিড় জমে। রেলওয়ের এক কর্মকর্তা সন্ধ্যায় বলেন, লাইন মেরামতে ছয় ঘণ্টা লাগবে।",
     [("লাইন মেরামতে ছয় ঘণ্টা লাগবে", None)]),
    ("officer_addressing_the_protesters",
     "দুপুরে অবরোধ চলার সময় ঘটনাস্থলে আসেন উপজেলার এক কর্মকর্তা। ওই কর্মকর্তা আন্দোলনকারীদের উদ্দেশে "
     "বলেন, দাবির বিষয়টি ঊর্ধ্বতনদের জানানো হবে।",
     [("দাবির বিষয়টি ঊর্ধ্বতনদের জানানো হবে", None)]),
    ("teacher_addressing_students",
     "কলেজ মাঠে নবীনবরণ অনুষ্ঠান হয়। কলেজের এক শিক্ষক শিক্ষার্থীদের উদ্দেশ্যে বলেন, নিয়মিত ক্লাসে আসা "
     "সবার দায়িত্ব।",
     [("নিয়মিত ক্লাসে আসা সবার দায়িত্ব", None)]),
    ("trap_plain_name_before_cue",
     "বৈঠক শেষে সমিতির সভাপতি রফিকুল ইসলাম বলেন, আগামী মাসে নতুন কমিটি হবে।",
     [("আগামী মাসে নতুন কমিটি হবে", "Rafiqul Islam")]),
]
