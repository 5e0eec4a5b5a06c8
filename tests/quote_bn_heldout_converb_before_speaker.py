"""Held-out Bengali quote cases written for round 25 (sp25b): a quotation after "X বলেন," whose
speaker region opens with a clause of what was done before speaking, closed by its converb
("ম্যাচসেরা বোলিং করে X বলেছেন, ‘...’", "অনুশীলন শেষে X বলেন, ‘...’"). Where the NER finds no
name in that long region the quotation was dropped; the speaker is the short region after the
converb. The names here are ones the registry does not hold: since round 40 the name before the
person's cue is the speaker as written (rule shapeless_name_speaks), no other name guessed for it. Short
sentences written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES.
"""
from __future__ import annotations

CASES = [
    ("converb_bowling_then_bare_name",
     "ঘরের মাঠে দারুণ জয় পেয়েছে দল। পাঁচ উইকেট নেওয়ার পর দুর্দান্ত বোলিং করে শিপন বলেছেন, ‘আজ সব কিছু পরিকল্পনামতো হয়েছে। সামনে আরও ভালো করতে চাই।’",
     [("আজ সব কিছু পরিকল্পনামতো হয়েছে", "শিপন")]),
    ("after_practice_bare_name",
     "বিকেলে মিরপুরে অনুশীলন করেছে দল। দীর্ঘ অনুশীলন শেষে রাজু বলেন, ‘উইকেট বেশ ধীর মনে হচ্ছে। আমাদের মানিয়ে নিতে হবে।’",
     [("উইকেট বেশ ধীর মনে হচ্ছে", "রাজু")]),
    ("after_the_match_bare_name",
     "শেষ ওভারে জিতেছে চট্টগ্রাম। রোমাঞ্চকর ম্যাচ শেষে লিটু বলেন, ‘ছেলেরা শেষ পর্যন্ত হাল ছাড়েনি। এটাই বড় পাওয়া।’",
     [("ছেলেরা শেষ পর্যন্ত হাল ছাড়েনি", "লিটু")]),
    ("phone_call_then_bare_name",
     "গ্রামে রাস্তার কাজ বন্ধ আছে। মোবাইল ফোনে যোগাযোগ করে বাবলু বলেন, ‘বর্ষার আগে কাজ শেষ হবে না। ঠিকাদার টাকা পাননি।’",
     [("বর্ষার আগে কাজ শেষ হবে না", "বাবলু")]),
    ("visit_then_bare_name",
     "হাসপাতালে রোগীর ভিড় বাড়ছে। ওয়ার্ড ঘুরে দেখা শেষে সোহাগ বলেন, ‘শয্যার চেয়ে রোগী তিন গুণ। আমরা হিমশিম খাচ্ছি।’",
     [("শয্যার চেয়ে রোগী তিন গুণ", "সোহাগ")]),
    ("press_conference_then_bare_name",
     "মেলার প্রস্তুতি প্রায় শেষ। সংবাদ সম্মেলন করে রিপন বলেন, ‘এবার দুই শতাধিক স্টল থাকবে। প্রবেশ থাকবে বিনা মূল্যে।’",
     [("এবার দুই শতাধিক স্টল থাকবে", "রিপন")]),
]
