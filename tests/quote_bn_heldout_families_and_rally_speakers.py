"""Held-out Bengali quote cases written for round 27 (spk27c), on groups the text names by a
common noun and nobody by name: a victim's family ("পরিবারের ভাষ্য, ...", "পরিবারের দাবি, ..."),
the speakers at a rally ("বক্তারা ... দাবি জানান"), organisers and relatives ("আয়োজকদের
ভাষ্য, ...", "স্বজনদের মতে"). GUIDELINES Q4: an unidentifiable speaker is "" (no actor). Short articles written
for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("family_account_set_off",
     "পরিবারের ভাষ্য, শুক্রবার সন্ধ্যায় হাট থেকে ফেরার পথে নিখোঁজ হন কৃষক মোতালেব।",
     [("হাট থেকে ফেরার পথে নিখোঁজ", None)]),
    ("victims_family_claim_set_off",
     "নিহতের পরিবারের দাবি, পূর্বশত্রুতার জেরে তাঁকে পরিকল্পিতভাবে হত্যা করা হয়েছে।",
     [("পূর্বশত্রুতার জেরে তাঁকে পরিকল্পিতভাবে", None)]),
    ("family_according_to",
     "পরিবারের মতে, ভর্তির সময় হাসপাতালে কোনো চিকিৎসক উপস্থিত ছিলেন না।",
     [("হাসপাতালে কোনো চিকিৎসক উপস্থিত", None)]),
    ("rally_speakers_demand",
     "মানববন্ধনে বক্তারা অভিযুক্তদের দ্রুত গ্রেপ্তারের দাবি জানান।",
     [("অভিযুক্তদের দ্রুত গ্রেপ্তারের", None)]),
    ("organisers_account_set_off",
     "আয়োজকদের ভাষ্য, অনুমতি না পাওয়ায় মেলার সময় দুই দিন কমানো হয়েছে।",
     [("মেলার সময় দুই দিন কমানো", None)]),
    ("relatives_according_to",
     "স্বজনদের মতে, দুর্ঘটনার আগের রাতে চালক একটুও ঘুমাননি।",
     [("চালক একটুও ঘুমাননি", None)]),
]
