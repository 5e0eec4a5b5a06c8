"""Held-out Bengali quote cases written for round 42 (qt42bn): a player told by position or
standing as the speaker ("২৭ বছর বয়সী কিপার বলেছেন, ...", "এই স্পিনার
বললেন, ..."): the words are quoted; the speaker is the player named before when a demonstrative
points back, nobody named otherwise (GUIDELINES Q4: right or none). Short articles written for
this project (no newspaper text), written before the change; same format as quote_bn_heldout.CASES
(fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("keeper_by_age_and_position",
     "বিশ্বকাপ বাছাইয়ে দুর্দান্ত খেলেছে দলটি। ম্যাচ শেষে ২৪ বছর বয়সী কিপার বলেছেন, ‘আমরা শেষ পর্যন্ত "
     "লড়াই করেছি, এই জয় সমর্থকদের।’",
     [("আমরা শেষ পর্যন্ত লড়াই করেছি", None)]),
    ("this_spinner_after_his_name",
     "ম্যাচে চার উইকেট নেন তানভীর হাসান। বিভাগীয় দলে প্রথম সুযোগ পাওয়া এই স্পিনার বললেন, \"মা মাঠে "
     "আসতে পারেননি, আজকের উইকেটগুলো তাঁর জন্য।\"",
     [("মা মাঠে আসতে পারেননি", "তানভীর হাসান")]),
    ("star_hotel_is_no_speaker",
     "সম্মেলনে যোগ দিতে ঢাকায় এসেছেন মন্ত্রী আবদুল করিম। পাঁচ তারকা হোটেলে বৈঠক শেষে তিনি বলেন, দুই দেশের "
     "বাণিজ্য আরও বাড়বে।",
     [("দুই দেশের বাণিজ্য আরও বাড়বে", "আবদুল করিম")]),
]
