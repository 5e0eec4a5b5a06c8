"""Held-out Bengali quote cases written for round 27 (spk27c), on groups the text names by a
common noun and nobody by name: the speakers at a rally ("বক্তারা ... দাবি জানান"), organisers and relatives ("আয়োজকদের
ভাষ্য, ...", "স্বজনদের মতে"). GUIDELINES Q4: an unidentifiable speaker is "" (no actor). Short articles written
for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
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
