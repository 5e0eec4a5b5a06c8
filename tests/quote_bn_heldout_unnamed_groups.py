"""Held-out Bengali quote cases written for round 19 (quotes-bn2), on groups the text leaves
unnamed as speakers: supporters, critics, economists, local people, the media as a whole ("তার
সমর্থকেরা ... বলে দাবি করেছেন", "অর্থনীতিবিদদের মতে, ...", "স্থানীয় লোকজনের ভাষ্যমতে, ...",
"গণমাধ্যমগুলোর দাবি, ..."): their words are reported, by nobody the article names (pack titles and
plural_titles). Short articles written for this project (no newspaper text), written before the
change; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named,
"-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("supporters_claim_with_bole",
     "দলের সমর্থকেরা শুরু থেকেই এই মামলাকে রাজনৈতিক হয়রানি বলে দাবি করেছেন।",
     [("এই মামলাকে রাজনৈতিক হয়রানি", None)]),
    ("economists_according_to",
     "অর্থনীতিবিদদের মতে, সুদের হার বাড়ানোয় আগামী মাসগুলোতে মূল্যস্ফীতি কিছুটা কমবে।",
     [("মূল্যস্ফীতি কিছুটা কমবে", None)]),
    ("local_people_according_to",
     "স্থানীয় লোকজনের ভাষ্যমতে, নদীর ওই অংশে গত বর্ষায় তিনটি বাড়ি বিলীন হয়ে গেছে।",
     [("গত বর্ষায় তিনটি বাড়ি বিলীন", None)]),
    ("local_media_claim_as_a_noun",
     "দেশটির স্থানীয় গণমাধ্যমগুলোর দাবি, হামলাকারীরা একটি মোটরসাইকেলে করে পালিয়ে যায়।",
     [("হামলাকারীরা একটি মোটরসাইকেলে করে পালিয়ে", None)]),
    ("critics_according_to",
     "সমালোচকদের মতে, নতুন আইনটি সংবাদমাধ্যমের স্বাধীনতা খর্ব করবে।",
     [("সংবাদমাধ্যমের স্বাধীনতা খর্ব করবে", None)]),
    ("supporters_report_with_a_comma",
     "ক্লাবের সমর্থকরা জানান, ফাইনাল দেখতে তারা তিন দিন আগেই শহরে এসেছেন।",
     [("তিন দিন আগেই শহরে এসেছেন", None)]),
    # round 32 (qr32b): two short groups joined by "ও" speak together (rule coordinated_groups)
    ("two_groups_joined_report_with_a_comma",
     "পুলিশ ও দোকানের কর্মচারীরা জানান, রাতে তিনি একাই ঘাটে গিয়েছিলেন।",
     [("রাতে তিনি একাই ঘাটে গিয়েছিলেন", None)]),
]
