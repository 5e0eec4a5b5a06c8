"""Held-out Bengali negatives for the instruction cue ("Y-কে ... করতে বলেছে X"): a place in -তে
right before the cue ("দিল্লিতে বলেছেন", said in Delhi; "আদালতে", in court; "রাজধানীতে") ends no
instruction, whatever the place (review of round 25: the cue once listed seven places it was not,
and any other place became the end of a quote). Written for this file, not taken from any article;
same format as
quote_bn_heldout.CASES (fragment, speaker surface; "-" for a fragment that is no quote)."""
from __future__ import annotations

CASES = [
    ("instruction_said_in_delhi",
     "বাংলাদেশিদের ভিসা দেওয়া বাড়ানোর কথা দিল্লিতে বলেছেন পররাষ্ট্র উপদেষ্টা তৌহিদ হোসেন।", [("বাড়ানোর কথা দিল্লিতে", "-")]),
    ("instruction_said_in_court",
     "আসামিদের জামিনের বিরোধিতা করে কঠোর শাস্তির কথা আদালতে বলেছেন রাষ্ট্রপক্ষের আইনজীবী।", [("শাস্তির কথা আদালতে", "-")]),
    ("instruction_said_in_the_capital",
     "শিক্ষার্থীদের ভর্তির নতুন নিয়মের কথা রাজধানীতে বলেছেন শিক্ষা উপদেষ্টা।", [("নিয়মের কথা রাজধানীতে", "-")]),
    ("instruction_said_on_the_river",
     "ব্যবসায়ীদের বন্দরের জট কমানোর কথা কর্ণফুলীতে বলেছেন নৌপরিবহন উপদেষ্টা।", [("কমানোর কথা কর্ণফুলীতে", "-")]),
    ("instruction_said_at_the_venue",
     "নেতাকর্মীদের ঐক্যের কথা সমাবেশস্থলেতে বলেছেন দলের মহাসচিব।", [("ঐক্যের কথা সমাবেশস্থলেতে", "-")]),
    ("instruction_said_in_the_hall",
     "কৃষকদের ন্যায্য দামের কথা মিলনায়তনেতে বলেছেন জেলা প্রশাসক।", [("দামের কথা মিলনায়তনেতে", "-")]),
    # control: an infinitive still ends an instruction
    ("instruction_told_to_return",
     "সাগর উত্তাল। জেলেদের দ্রুত ঘাটে ফিরতে বলেছে আবহাওয়া অধিদপ্তর।", [("জেলেদের দ্রুত ঘাটে ফিরতে", "আবহাওয়া অধিদপ্তর")]),
]
