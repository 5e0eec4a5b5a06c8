"""Held-out Bengali quote cases written for round 19 (quotes-bn2), on a report closed by "বলে" and its
cue, then a comma and another clause ("X ... নির্দোষ বলে দাবি করেন, আর বাদীপক্ষ ..."): the words before
"বলে" were the report; the clause after the comma is the writer's, never the report (the pattern
"X বলেন, ..." takes no speaker region ending in "বলে"). Each case expects no quote in that second
clause. Short articles written for this project (no newspaper text), written before the change; same
format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("claim_then_the_other_side",
     "আসামিপক্ষের আইনজীবী রফিকুল হক তার মক্কেলকে নির্দোষ বলে দাবি করেন, আর বাদীপক্ষ দ্রুত রায়ের অপেক্ষায় রয়েছে।",
     [("বাদীপক্ষ দ্রুত রায়ের অপেক্ষায়", "-")]),
    ("claim_of_a_leader_then_the_critics",
     "দলের মহাসচিব কামরুল ইসলাম মামলাটিকে ষড়যন্ত্র বলে দাবি করেছেন, আর সমালোচকদের চোখে এটি ছিল ন্যায্য বিচার।",
     [("সমালোচকদের চোখে এটি ছিল ন্যায্য বিচার", "-")]),
    ("description_then_what_followed",
     "মেয়র আতিকুর রহমান প্রকল্পটিকে নগরীর জন্য জরুরি বলে উল্লেখ করেন, এরপর কাজ শুরু হতে আরও দুই বছর লেগে যায়।",
     [("কাজ শুরু হতে আরও দুই বছর", "-")]),
    ("comment_then_a_vote",
     "সংসদ সদস্য নাসির উদ্দিন বাজেটকে গণবিরোধী বলে মন্তব্য করেন, তবে পরে তার দল বাজেটের পক্ষেই ভোট দেয়।",
     [("তার দল বাজেটের পক্ষেই ভোট দেয়", "-")]),
    ("mention_then_the_police",
     "ওসি মাহবুব আলম হামলাটিকে পরিকল্পিত বলে উল্লেখ করেন, কিন্তু এখনো কেউ গ্রেপ্তার হয়নি।",
     [("এখনো কেউ গ্রেপ্তার হয়নি", "-")]),
    ("remark_then_a_walkout",
     "বিরোধীদলীয় নেতা সালমা খাতুন প্রস্তাবটিকে অবাস্তব বলে মন্তব্য করেছেন, এরপর তার দলের সদস্যরা ওয়াকআউট করেন।",
     [("তার দলের সদস্যরা ওয়াকআউট", "-")]),
]
