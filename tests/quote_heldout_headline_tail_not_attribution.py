"""Held-out cases (both languages) of a headline that closes on a colon and a short tail which is
the headline's own words, not its attribution ("...: 17 years on", "...: অবস্থা স্থিতিশীল"): the
tail names no person and no office, so a lede pronoun keeps the person the headline opens on as its
antecedent (rule headline_attribution must not take the tail for a speaker nobody resolves).
Short articles written for this project (no newspaper text), written before the fix;
(name, "headline\nbody", [(fragment, English name of the speaker's actor)], language).
"""
from __future__ import annotations

CASES = [
    ("en_years_on",
     "Tarique Rahman returns home: 17 years on\n"
     "\"I have come back to stand beside the people,\" he said at the airport on Thursday.",
     [("I have come back to stand", "Tarique Rahman")], "en"),
    ("en_condition_stable",
     "Mirza Fakhrul Islam Alamgir in hospital: condition stable\n"
     "\"I am feeling better and will be back at work soon,\" he told reporters on Friday.",
     [("I am feeling better", "Mirza Fakhrul Islam Alamgir")], "en"),
    ("en_treatment_abroad",
     "Khaleda Zia leaves for London: treatment abroad\n"
     "\"I thank everyone who prayed for me,\" she said at the airport on Tuesday.",
     [("I thank everyone who prayed", "Khaleda Zia")], "en"),
    ("en_new_party_next",
     "Nahid Islam quits adviser post: new party next\n"
     "\"My work in the government is over,\" he said at a briefing on Monday.",
     [("My work in the government", "Nahid Islam")], "en"),
    ("bn_years_on",
     "তারেক রহমান দেশে ফিরলেন: ১৭ বছর পর\n"
     "‘আমি মানুষের পাশে দাঁড়াতে ফিরে এসেছি।’ বৃহস্পতিবার বিমানবন্দরে তিনি এ কথা বলেন।",
     [("আমি মানুষের পাশে দাঁড়াতে", "Tarique Rahman")], "bn"),
    ("bn_condition_stable",
     "মির্জা ফখরুল হাসপাতালে: অবস্থা স্থিতিশীল\n"
     "‘আমি এখন ভালো আছি, শিগগিরই কাজে ফিরব।’ শুক্রবার সাংবাদিকদের তিনি এ কথা বলেন।",
     [("আমি এখন ভালো আছি", "Mirza Fakhrul Islam Alamgir")], "bn"),
    ("bn_new_party_next",
     "নাহিদ ইসলাম উপদেষ্টা পদ ছাড়লেন: নতুন দলের পথে\n"
     "‘সরকারে আমার কাজ শেষ হয়েছে।’ সোমবার এক সংবাদ সম্মেলনে তিনি এ কথা বলেন।",
     [("সরকারে আমার কাজ শেষ হয়েছে", "Nahid Islam")], "bn"),
]
