"""Held-out Bengali quote cases written for round 19 (quotes-bn2), on a report after its cue that
holds a quoted word or two ("তিনি বলেছেন, খবরটি পুরোপুরি ‘ভিত্তিহীন’"): the quote is the whole
report with those words in it, not the marked words alone, which drop the claim around them (rule
report_holding_quoted_words). The last two cases are guards: a long quotation inside a report stays
the quote, and a report before its cue ("X-কে ‘...’ বলে আখ্যা দেন") keeps its quoted words alone.
Short articles written for this project (no newspaper text), written before the change; same format
as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("report_calling_news_baseless",
     "স্বরাষ্ট্র উপদেষ্টা জাহাঙ্গীর কবির বলেছেন, এ নিয়ে প্রকাশিত খবরটি পুরোপুরি ‘ভিত্তিহীন’।",
     [("এ নিয়ে প্রকাশিত খবরটি পুরোপুরি", "জাহাঙ্গীর কবির")]),
    ("secretary_reports_a_term_of_a_contract",
     "বিদ্যুৎ সচিব ফারজানা মমতাজ জানিয়েছেন, সরবরাহ বন্ধ থাকলেও কোম্পানিটি চুক্তি অনুযায়ী ‘ক্যাপাসিটি চার্জ’ পাবে।",
     [("সরবরাহ বন্ধ থাকলেও কোম্পানিটি চুক্তি অনুযায়ী", "ফারজানা মমতাজ")]),
    ("pronoun_reports_with_a_quoted_word",
     "বাণিজ্য উপদেষ্টা শেখ বশির উদ্দিন বন্দর পরিদর্শন করেন। তিনি জানান, চালের দাম এখন ‘স্থিতিশীল’ আছে এবং "
     "আমদানি বাড়ানো হবে।",
     [("আমদানি বাড়ানো হবে", "শেখ বশির উদ্দিন")]),
    ("report_with_two_quoted_words",
     "অর্থ সচিব খায়রুজ্জামান মজুমদার বলেন, বাজেটে ‘কর ছাড়’ থাকবে, তবে ‘বিলাসপণ্যে’ শুল্ক বাড়বে।",
     [("বাজেটে", "খায়রুজ্জামান মজুমদার")]),
    ("coach_reports_with_a_quoted_word",
     "কোচ ফাহিম আহমেদ জানিয়েছেন, দলের দুই পেসারের চোট ‘গুরুতর নয়’ এবং তারা পরের ম্যাচে খেলবেন।",
     [("তারা পরের ম্যাচে খেলবেন", "ফাহিম আহমেদ")]),
    ("police_chief_reports_with_a_quoted_word",
     "পুলিশ সুপার মাসুদ রানা বলেন, ঘটনাস্থল থেকে উদ্ধার হওয়া বস্তুটি ‘ককটেল’ ছিল না।",
     [("ঘটনাস্থল থেকে উদ্ধার হওয়া বস্তুটি", "মাসুদ রানা")]),
    ("long_quotation_inside_a_report_stays_the_quote",
     "মেয়র আতিকুল হক বলেন, নগরবাসীর কাছে তার অনুরোধ ‘রাস্তায় ময়লা ফেলবেন না, নির্ধারিত জায়গায় ফেলুন’।",
     [("রাস্তায় ময়লা ফেলবেন না", "আতিকুল হক")]),
    ("quoted_label_before_its_cue_stays_alone",
     "বিরোধী দলের নেতা মনিরুল ইসলাম সরকারের নতুন আইনটিকে ‘কালো আইন’ বলে আখ্যা দেন।",
     [("কালো আইন", "মনিরুল ইসলাম"), ("সরকারের নতুন আইনটিকে", "-")]),
]
