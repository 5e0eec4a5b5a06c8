"""Held-out Bengali quote cases written for round 42 (qt42bn): a group the article leaves unnamed,
told by its plural genitive after a few words describing it ("ক্ষতিগ্রস্ত কৃষকদের অভিযোগ, ...",
"মিছিলে অংশ নেওয়া শ্রমিকদের দাবি, ..."), and the same genitive group closing its sentence right
after the claim noun that follows the quotative ("... বলে দাবি পরিবারের।", "... বলে অভিযোগ
স্বজনদের।"). GUIDELINES Q1/Q4: the words are reported, their speaker nobody named. Not a group
holding a named body, nor a count ("কৃষকদের হিসাবে, ..."), nor a genitive that is the object of the
claim ("... বলে দাবি" with nothing after it). Short articles written for this project (no newspaper
text), written before the change; same format as quote_bn_heldout.CASES (fragment, speaker
surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("described_farmers_complaint",
     "টানা বৃষ্টিতে উপজেলার বিভিন্ন এলাকার আমন খেত তলিয়ে গেছে। ক্ষতিগ্রস্ত কৃষকদের অভিযোগ, এখনো কোনো "
     "সরকারি সহায়তা তাঁদের কাছে পৌঁছায়নি।",
     [("এখনো কোনো সরকারি সহায়তা তাঁদের কাছে পৌঁছায়নি", None)]),
    ("marchers_claim_after_participle",
     "বেতনের দাবিতে শ্রমিকেরা সকালে মহাসড়ক অবরোধ করেন। মিছিলে অংশ নেওয়া শ্রমিকদের দাবি, তিন মাস ধরে "
     "কারখানার মালিক বেতন দিচ্ছেন না।",
     [("তিন মাস ধরে কারখানার মালিক বেতন দিচ্ছেন না", None)]),
    ("family_claim_closing_after_bole",
     "সীমান্তের কাছে এক যুবকের লাশ পাওয়া গেছে। পেশায় তিনি রাজমিস্ত্রি ছিলেন বলে দাবি পরিবারের।",
     [("পেশায় তিনি রাজমিস্ত্রি ছিলেন", None)]),
    ("relatives_complaint_closing_after_bole",
     "হাসপাতালে নেওয়ার পথে শিশুটি মারা যায়। চিকিৎসকেরা দেরিতে এসেছিলেন বলে অভিযোগ স্বজনদের।",
     [("চিকিৎসকেরা দেরিতে এসেছিলেন", None)]),
    ("farmers_count_is_no_claim",
     "নদীভাঙনে চরের বহু জমি বিলীন হয়েছে। ক্ষতিগ্রস্ত কৃষকদের হিসাবে, অন্তত দুইশ বিঘা জমি নদীতে গেছে।",
     [("অন্তত দুইশ বিঘা জমি নদীতে গেছে", "-")]),
]
