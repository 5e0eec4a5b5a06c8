"""Held-out Bengali quote cases written for round 20 (speakers), on a quotation that holds a short
quotation in the same marks ("তিনি বলেন, ‘ওরা আমাদের ‘দালাল’ বলে, কিন্তু আমরা কাজ করি।’"): the
quote is the whole outer quotation, with the inner words in it; the inner word alone is no quote,
and the outer one must not be lost because its marks were read as a stray. The last case is a
guard: a scare-quoted word outside any quotation stays a quote of its own.
Short articles written for this project (no newspaper text), written before the change; same format
as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("single_marks_inside_single_marks",
     "শ্রমিক নেতা রফিকুল ইসলাম বলেন, ‘মালিকেরা আমাদের ‘অলস’ বলেন, অথচ আমরা দিনে বারো ঘণ্টা কাজ করি। "
     "এই অপমান আর সহ্য করা হবে না।’",
     [("এই অপমান আর সহ্য করা হবে না", "রফিকুল ইসলাম")]),
    ("double_marks_inside_double_marks",
     "কৃষক সমিতির সভাপতি আনোয়ার হোসেন বলেন, “সরকার একে “সাময়িক সংকট” বলছে, কিন্তু তিন মাস ধরে "
     "সারের দাম বাড়ছে। আমরা ন্যায্য দাম চাই।”",
     [("আমরা ন্যায্য দাম চাই", "আনোয়ার হোসেন")]),
    ("written_post_holding_a_nickname",
     "সাবেক অধিনায়ক নাসির উদ্দিন ফেসবুকে লেখেন, ‘সবাই আমাকে ‘বুড়ো ঘোড়া’ ডাকে। কিন্তু মাঠে নামলে "
     "বয়স কেউ দেখে না।’",
     [("মাঠে নামলে বয়স কেউ দেখে না", "নাসির উদ্দিন")]),
    ("speaker_after_a_quote_holding_a_title",
     "‘আমরা কখনো ‘শত্রু’ শব্দটি ব্যবহার করিনি, প্রতিবেশীর সঙ্গে বন্ধুত্বই আমাদের নীতি’, বলেন "
     "পররাষ্ট্র উপদেষ্টা তৌহিদ হোসেন।",
     [("প্রতিবেশীর সঙ্গে বন্ধুত্বই আমাদের নীতি", "তৌহিদ হোসেন")]),
    ("two_inner_words_in_one_quotation",
     "জেলা প্রশাসক মাহমুদা খাতুন বলেন, “কেউ একে “দুর্ঘটনা”, কেউ “নাশকতা” বলছেন। তদন্ত শেষ না হওয়া "
     "পর্যন্ত কিছু বলা যাবে না।”",
     [("তদন্ত শেষ না হওয়া পর্যন্ত কিছু বলা যাবে না", "মাহমুদা খাতুন")]),
    ("coach_quotation_over_a_nickname",
     "কোচ সোহেল রানা বলেন, ‘ছেলেরা ওকে ‘দেয়াল’ বলে ডাকে। ও থাকলে রক্ষণ নিয়ে ভাবতে হয় না।’",
     [("ও থাকলে রক্ষণ নিয়ে ভাবতে হয় না", "সোহেল রানা")]),
    ("scare_quote_outside_any_quotation_stays",
     "বিরোধী দলের নেতা মনিরুল হক সরকারের নতুন বাজেটকে ‘গণবিরোধী’ বলে আখ্যা দেন। পরে তিনি সংসদ ত্যাগ করেন।",
     [("গণবিরোধী", "মনিরুল হক")]),
]
