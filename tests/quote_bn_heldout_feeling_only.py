"""Held-out Bengali quote cases written for round 26 (qp26), on a feeling told with no content
(eval/DECISIONS.md Q7: "a lead that only reports an emotion with no content ... is not a quote"):
"X-এর মৃত্যুতে গভীর শোক প্রকাশ করেছেন Y" names only the occasion and the feeling, so it is no quote.
The last cases are guards: a condolence with its own words (the statement after "বলেন", a
feeling report closing a quotation, which is its content) stays a quote; condolence to a family
("... প্রতি সমবেদনা জানান") has none since round 39. Short articles written for this project (no newspaper
text), written before the change; same format as quote_bn_heldout.CASES (fragment, speaker
surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("grief_at_a_death_told_by_a_minister",
     "প্রবীণ সাংবাদিক আনোয়ার হোসেনের মৃত্যুতে গভীর শোক প্রকাশ করেছেন তথ্যমন্ত্রী রফিকুল ইসলাম।",
     [("আনোয়ার হোসেনের মৃত্যুতে", "-")]),
    ("grief_told_with_shok_janiyechhen",
     "বর্ষীয়ান রাজনীতিক মতিউর রহমানের মৃত্যুতে শোক জানিয়েছেন জেলা বিএনপির সভাপতি কামাল উদ্দিন।",
     [("মতিউর রহমানের মৃত্যুতে", "-")]),
    ("grief_at_a_passing_with_intekal",
     "কবি নাসিমা আক্তারের ইন্তেকালে গভীর শোক প্রকাশ করেছেন সংস্কৃতি উপদেষ্টা জাহিদ হাসান।",
     [("নাসিমা আক্তারের ইন্তেকালে", "-")]),
    ("sorrow_and_grief_after_a_pronoun",
     "শিল্পপতি হারুন অর রশিদ শনিবার মারা যান। তার মৃত্যুতে গভীর শোক ও দুঃখ প্রকাশ করেছেন "
     "বাণিজ্য উপদেষ্টা সাইফুল আলম।",
     [("তার মৃত্যুতে গভীর শোক", "-")]),
    ("sorrow_for_two_workers_by_a_leader",
     "সড়ক দুর্ঘটনায় দুই শ্রমিক নিহত হয়েছেন। পরে দলের মহাসচিব আজিজুল হক দুই শ্রমিকের মৃত্যুতে "
     "গভীর দুঃখ প্রকাশ করেন।",
     [("দুই শ্রমিকের মৃত্যুতে", "-")]),
    ("grief_at_a_farewell_by_a_body",
     "প্রখ্যাত ফুটবলার সালাউদ্দিন আহমেদের বিদায়ে শোক প্রকাশ করেছে বাংলাদেশ ফুটবল ফেডারেশন।",
     [("সালাউদ্দিন আহমেদের বিদায়ে", "-")]),
    ("grief_at_the_news_of_a_death",
     "সাবেক অধিনায়ক রকিবুল হাসানের মৃত্যুর খবরে গভীর শোক জানিয়েছেন ক্রীড়া উপদেষ্টা মাহবুব আলম।",
     [("রকিবুল হাসানের মৃত্যুর খবরে", "-")]),
    # (round 39: condolence to a family is a feeling with no content too; the gold of both dev
    # halves codes it 2 times in 10)
    ("condolence_to_the_family_is_no_quote",
     "কবি নাসিমা আক্তার মারা গেছেন। সংস্কৃতি উপদেষ্টা জাহিদ হাসান শোকসন্তপ্ত পরিবারের সদস্যদের প্রতি "
     "গভীর সমবেদনা জানান।",
     [("শোকসন্তপ্ত পরিবারের সদস্যদের প্রতি", "-")]),
    ("grief_closing_a_quotation_stays_a_quote",
     "‘তিনি ছিলেন আমাদের গানের এক উজ্জ্বল নক্ষত্র।’ শিল্পী রেহানা পারভীনের মৃত্যুতে গভীর শোক "
     "প্রকাশ করেছেন সংস্কৃতি উপদেষ্টা জাহিদ হাসান।",
     [("রেহানা পারভীনের মৃত্যুতে", "জাহিদ হাসান")]),
    ("grief_with_said_words_stays_a_quote",
     "অধ্যাপক মাহমুদুল হক মারা গেছেন। উপাচার্য নুরুল আমিন বলেন, তার মৃত্যুতে দেশের শিক্ষাঙ্গনে "
     "অপূরণীয় ক্ষতি হলো।",
     [("দেশের শিক্ষাঙ্গনে অপূরণীয় ক্ষতি", "নুরুল আমিন")]),
]
