"""Held-out Bengali quote cases written for round 24 (sp24c): a hope put into words with the
quotative particle ("... কমে আসবে বলে আশা করছেন তিনি", "... শেষ হবে বলে আশা করেন মেয়র"), what is
hoped being what was said (as English "hoped that ..."), and a weather office's forecast speaking
for it ("অধিদপ্তরের পূর্বাভাসে বলা হয়েছে, ..."), as its statement or notice does. Short
sentences written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("hope_with_particle_named_after",
     "আগামী মার্চের মধ্যে চালের দাম সহনীয় পর্যায়ে নেমে আসবে বলে আশা করছেন খাদ্য উপদেষ্টা আলী ইমাম মজুমদার।",
     [("চালের দাম সহনীয় পর্যায়ে নেমে আসবে", "আলী ইমাম মজুমদার")]),
    ("hope_with_particle_pronoun",
     "রাজশাহী সিটির মেয়র খায়রুজ্জামান লিটন রোববার নতুন সড়কের কাজ দেখতে যান। বর্ষার আগেই কাজ শেষ হবে বলে আশা করেন তিনি।",
     [("বর্ষার আগেই কাজ শেষ হবে", "খায়রুজ্জামান লিটন")]),
    ("hope_with_particle_perfect",
     "দলের অধিনায়ক নাজমুল হোসেন শান্ত বলেন, দল ভালো খেলছে। সিরিজের বাকি দুই ম্যাচেও জয় আসবে বলে আশা করেছেন তিনি।",
     [("সিরিজের বাকি দুই ম্যাচেও জয় আসবে", "নাজমুল হোসেন শান্ত")]),
    ("hope_of_unnamed_traders",
     "ঈদের আগে বিক্রি বাড়বে বলে আশা করছেন ব্যবসায়ীরা।",
     [("ঈদের আগে বিক্রি বাড়বে", None)]),
    ("forecast_of_the_weather_office",
     "উত্তরাঞ্চলে শীত বাড়ছে। আবহাওয়া অধিদপ্তরের সর্বশেষ পূর্বাভাসে বলা হয়েছে, আগামী তিন দিন রাতের তাপমাত্রা আরও কমতে পারে।",
     [("রাতের তাপমাত্রা আরও কমতে পারে", "আবহাওয়া অধিদপ্তর")]),
    ("forecast_with_the_passive_present",
     "বঙ্গোপসাগরে লঘুচাপ সৃষ্টি হয়েছে। আবহাওয়া অধিদপ্তরের বিশেষ পূর্বাভাসে বলা হয়, চট্টগ্রাম ও সিলেট বিভাগে ভারী বৃষ্টি হতে পারে।",
     [("চট্টগ্রাম ও সিলেট বিভাগে ভারী বৃষ্টি হতে পারে", "আবহাওয়া অধিদপ্তর")]),
    # a hope nobody put into words, without the particle, reports nothing
    ("a_hope_without_words_is_no_quote",
     "গ্রামের মানুষ ভালো ফলনের আশায় দিন গুনছেন।",
     [("ভালো ফলনের", "-")]),
]
