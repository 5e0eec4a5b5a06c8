"""Held-out Bengali quote cases written for round 20 (speakers), on a speaker's words named by the
noun "কথা" after the speaker in the genitive, then a comma and the quotation ("শান্তর কথা,
‘...’", "তার কথা, ‘...’": sports and feature reporting's "X's words: '...'"), as the pack's other
statement nouns already do ("X-এর মন্তব্য, ‘...’"). The last case is a guard: "কথা" after a word
that names nobody ("দুঃখের কথা, ...") gives no quote.
Short articles written for this project (no newspaper text), written before the change; same format
as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("short_name_in_genitive_then_katha",
     "ম্যাচ শেষে অধিনায়ক নাজমুল হোসেন শান্ত সংবাদ সম্মেলনে আসেন। হারের কারণ নিয়ে শান্তর কথা, "
     "‘আমরা ব্যাটিংয়ে ভালো করিনি। বোলাররা চেষ্টা করেছে।’",
     [("আমরা ব্যাটিংয়ে ভালো করিনি", "নাজমুল হোসেন শান্ত")]),
    ("pronoun_in_genitive_then_katha",
     "কোচ ফিল সিমন্স দলের প্রস্তুতি নিয়ে সন্তুষ্ট। তার কথা, ‘ছেলেরা কঠোর পরিশ্রম করছে। সামনের সিরিজে ভালো "
     "কিছু হবে।’",
     [("ছেলেরা কঠোর পরিশ্রম করছে", "ফিল সিমন্স")]),
    ("full_name_with_title_then_katha",
     "বাজেট নিয়ে আলোচনায় পরিকল্পনা উপদেষ্টা ওয়াহিদউদ্দিন মাহমুদের কথা, ‘উন্নয়ন প্রকল্পে অপচয় কমাতে হবে।’",
     [("উন্নয়ন প্রকল্পে অপচয় কমাতে হবে", "ওয়াহিদউদ্দিন মাহমুদ")]),
    ("villager_named_then_katha",
     "বন্যায় গ্রামের তিনশ বাড়ি ডুবে গেছে। এ বিষয়ে স্থানীয় কৃষক আব্দুল করিমের কথা, ‘ধান সব পানির নিচে। "
     "এবার কী খাব জানি না।’",
     [("ধান সব পানির নিচে", "আব্দুল করিম")]),
    ("coach_name_then_katha_about_a_player",
     "জাতীয় দলের কোচ পিটার বাটলার তরুণ স্ট্রাইকারের প্রশংসা করেছেন। রাজিয়া সুলতানাকে নিয়ে বাটলারের কথা, "
     "‘ও দ্রুত শিখছে, আরও উন্নতি করবে।’",
     [("ও দ্রুত শিখছে", "পিটার বাটলার")]),
    ("double_marks_after_katha",
     "সড়ক দুর্ঘটনায় আহতদের দেখতে হাসপাতালে যান স্বাস্থ্য উপদেষ্টা নূরজাহান বেগম। সেখানে নূরজাহান বেগমের কথা, "
     "“আহতদের চিকিৎসার সব খরচ সরকার বহন করবে।”",
     [("আহতদের চিকিৎসার সব খরচ সরকার বহন করবে", "নূরজাহান বেগম")]),
    ("katha_after_nobody_is_no_quote",
     "এ বছর আমনের ফলন ভালো হয়েছে। দুঃখের কথা, কৃষকেরা ধানের ন্যায্য দাম পাচ্ছেন না।",
     [("কৃষকেরা ধানের ন্যায্য দাম পাচ্ছেন না", "-")]),
]
