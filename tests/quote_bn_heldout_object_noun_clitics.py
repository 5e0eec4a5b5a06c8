"""Held-out Bengali quote cases written for round 26 (qr26): a speech act named by an object noun
that takes the emphatic clitic "ও" before its light verb ("... তোলার দাবিও জানান তিনি", "...
সহযোগিতার আশ্বাসও দেন মন্ত্রী"): the same act as without the clitic, its object what was said.
Short sentences written for this project (no newspaper text), written before the change; same
format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("demand_with_clitic_pronoun_after",
     "নিহত কৃষকের বড় ভাই শামসুল হক সোমবার প্রেসক্লাবের সামনে মানববন্ধনে দাঁড়ান। আসামিদের দ্রুত বিচার "
     "ট্রাইব্যুনালে তোলার দাবিও জানান তিনি।",
     [("আসামিদের দ্রুত বিচার ট্রাইব্যুনালে তোলার", "শামসুল হক")]),
    ("call_with_clitic_pronoun_before",
     "স্বরাষ্ট্র উপদেষ্টা জাহাঙ্গীর আলম চৌধুরী বুধবার ঈদের নিরাপত্তা নিয়ে বৈঠক করেন। তিনি যাত্রীদের অতিরিক্ত "
     "ভাড়া না দিয়ে অভিযোগ জানানোর আহ্বানও জানান।",
     [("যাত্রীদের অতিরিক্ত ভাড়া না দিয়ে অভিযোগ জানানোর", "জাহাঙ্গীর আলম চৌধুরী")]),
    ("assurance_with_clitic_title_after",
     "বন্যাদুর্গত এলাকা পরিদর্শনে যান দুর্যোগ ব্যবস্থাপনা উপদেষ্টা ফারুক ই আজম। ক্ষতিগ্রস্ত প্রতিটি পরিবারকে "
     "ঘর তুলে দেওয়ার আশ্বাসও দেন উপদেষ্টা।",
     [("ক্ষতিগ্রস্ত প্রতিটি পরিবারকে ঘর তুলে দেওয়ার", "ফারুক ই আজম")]),
    ("instruction_with_clitic_named_after",
     "জেলা প্রশাসক কামরুল হাসান সোমবার হাসপাতালের জরুরি বিভাগ ঘুরে দেখেন। রোগীদের কাছ থেকে বাড়তি টাকা "
     "না নেওয়ার নির্দেশও দেন কামরুল হাসান।",
     [("রোগীদের কাছ থেকে বাড়তি টাকা না নেওয়ার", "কামরুল হাসান")]),
    ("thanks_with_clitic",
     "ম্যাচ শেষে সংবাদ সম্মেলনে আসেন অধিনায়ক নাজমুল হোসেন শান্ত। গ্যালারি ভরিয়ে খেলা দেখতে আসা দর্শকদের "
     "ধন্যবাদও জানান তিনি।",
     [("গ্যালারি ভরিয়ে খেলা দেখতে আসা দর্শকদের", "নাজমুল হোসেন শান্ত")]),
    ("advice_with_clitic",
     "অর্থনীতিবিদ সেলিনা পারভীন বাজেট নিয়ে এক আলোচনায় অংশ নেন। কৃষি খাতে ভর্তুকি বাড়ানোর পরামর্শও দেন তিনি।",
     [("কৃষি খাতে ভর্তুকি বাড়ানোর", "সেলিনা পারভীন")]),
    # the clitic on a noun with no light verb after it is no speech act
    ("demand_with_clitic_not_met",
     "শ্রমিকদের মজুরি বাড়ানোর দাবিও এখনো মেনে নেওয়া হয়নি।",
     "-"),
]
