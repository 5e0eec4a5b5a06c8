"""Held-out Bengali quote cases written for round 42 (qt42bn), in the format of quote_bn_heldout.CASES.

A speaker's argument, promise or lament as a noun after their genitive, set off by a comma ("তাঁর যুক্তি,
...", "মেয়রের প্রতিশ্রুতি, ...", "কৃষকের আক্ষেপ, ..."), and an account in their telling ("তাঁর বর্ণনায়, ...")
are their words (GUIDELINES Q1); the same nouns as objects ("প্রতিশ্রুতি রাখা হয়নি") are none. Short
articles written for this project before the change (no newspaper text).
"""
from __future__ import annotations

CASES = [
    ("argument_of_a_named_person",
     "বন্দরের মাশুল বাড়ানোর সিদ্ধান্তে ব্যবসায়ীরা ক্ষুব্ধ। বন্দর কর্তৃপক্ষের সদস্য মাহমুদুল হাসানের যুক্তি, "
     "প্রতিবেশী দেশের বন্দরগুলোর তুলনায় এখানকার মাশুল এখনো কম।",
     [("প্রতিবেশী দেশের বন্দরগুলোর তুলনায় এখানকার মাশুল এখনো কম", "মাহমুদুল হাসানের")]),
    ("promise_of_the_person_before",
     "কারখানার ফটকে শ্রমিকদের সঙ্গে কথা বলেন মালিক আবদুর রহিম। তাঁর প্রতিশ্রুতি, আগামী সপ্তাহে বকেয়া "
     "মজুরি মিটিয়ে দেওয়া হবে।",
     [("আগামী সপ্তাহে বকেয়া মজুরি মিটিয়ে দেওয়া হবে", "আবদুর রহিম")]),
    ("lament_of_a_named_farmer",
     "বন্যায় খেতের ধান পচে গেছে। গ্রামের কৃষক নুরুল ইসলামের আক্ষেপ, এবার ঘরে এক মুঠো ধানও উঠবে না।",
     [("এবার ঘরে এক মুঠো ধানও উঠবে না", "নুরুল ইসলামের")]),
    ("account_in_her_telling",
     "রাতে বস্তিতে আগুন লাগে। প্রত্যক্ষদর্শী রাহেলা খাতুন দৌড়ে বাইরে আসেন। তাঁর বর্ণনায়, মুহূর্তেই আগুন "
     "পাশের ঘরগুলোতে ছড়িয়ে পড়ে।",
     [("মুহূর্তেই আগুন পাশের ঘরগুলোতে ছড়িয়ে পড়ে", "রাহেলা খাতুন")]),
    ("promise_kept_is_no_claim",
     "গত বছর সড়ক সংস্কারের ঘোষণা এসেছিল। সেই প্রতিশ্রুতি রাখা হয়নি, এখনো রাস্তায় খানাখন্দ।",
     [("এখনো রাস্তায় খানাখন্দ", "-")]),
]
