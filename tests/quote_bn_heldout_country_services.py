"""Held-out Bengali cases of a country's railway named bare by its authority as the speaker
("রেলওয়ে কর্তৃপক্ষ", "রেল কর্তৃপক্ষ", and in the genitive before "পক্ষ থেকে"): that country's railway,
where the registry knows it (rule country_body, the pack's `country_bodies`). The army and the coast
guard were found before (guards); "রেলওয়ে সূত্রে" (railway sources) stays nobody: sources are unnamed.
Short articles written for this project (no newspaper text), written before the data rows;
(fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("railway_authority_after_the_report",
     "টাঙ্গাইলে লাইনচ্যুত হয়েছে একটি মালবাহী ট্রেন। এতে উত্তরাঞ্চলের সঙ্গে ঢাকার রেল যোগাযোগ বন্ধ রয়েছে। "
     "উদ্ধারকাজ শেষ হলে রাতের মধ্যেই চলাচল শুরু হবে বলে জানিয়েছে রেলওয়ে কর্তৃপক্ষ।",
     [("রাতের মধ্যেই চলাচল শুরু হবে", "Bangladesh Railway")]),
    ("railway_authority_says_first",
     "কুয়াশার কারণে রংপুর ও দিনাজপুর থেকে ঢাকাগামী ট্রেনগুলো কয়েক ঘণ্টা দেরিতে চলছে। রেলওয়ে কর্তৃপক্ষ জানিয়েছে, "
     "কুয়াশা না কাটা পর্যন্ত ট্রেন ধীরগতিতে চলবে।",
     [("কুয়াশা না কাটা পর্যন্ত", "Bangladesh Railway")]),
    ("rail_authority_tells",
     "ঈদ উপলক্ষে ঢাকা থেকে ছেড়ে যাওয়া ট্রেনের অগ্রিম টিকিট বিক্রি শুরু হচ্ছে শনিবার। রেল কর্তৃপক্ষ জানায়, "
     "এবার সব টিকিট অনলাইনে বিক্রি করা হবে।",
     [("সব টিকিট অনলাইনে বিক্রি", "Bangladesh Railway")]),
    ("rail_authority_after_the_report",
     "সিরাজগঞ্জে সেতুর ওপর একটি বগি লাইনচ্যুত হয়েছে। বিকেলের মধ্যে লাইন মেরামত শেষ হবে বলে জানিয়েছে "
     "রেল কর্তৃপক্ষ।",
     [("বিকেলের মধ্যে লাইন মেরামত", "Bangladesh Railway")]),
    ("railway_authority_on_its_own_behalf",
     "ঢাকার কমলাপুর স্টেশনে যাত্রীদের ভিড় বেড়েছে। রেলওয়ে কর্তৃপক্ষের পক্ষ থেকে বলা হয়েছে, "
     "বাড়তি চাপ সামলাতে বিশেষ ট্রেন চালানো হবে।",
     [("বাড়তি চাপ সামলাতে বিশেষ ট্রেন", "Bangladesh Railway")]),
    ("rail_authority_on_its_own_behalf",
     "ভারী বৃষ্টিতে চট্টগ্রাম-দোহাজারী রেলপথের কয়েক জায়গায় মাটি সরে গেছে। রেল কর্তৃপক্ষের পক্ষ থেকে জানানো হয়, "
     "মেরামত শেষ না হওয়া পর্যন্ত ওই পথে ট্রেন চলবে না।",
     [("মেরামত শেষ না হওয়া পর্যন্ত", "Bangladesh Railway")]),
    # the services the pack lists no row for, found before these rows (kept as guards)
    ("army_on_its_own_behalf",
     "বান্দরবানের রুমায় সন্ত্রাসীদের সঙ্গে গোলাগুলির ঘটনা ঘটেছে। সেনাবাহিনীর পক্ষ থেকে বলা হয়েছে, "
     "এলাকায় তল্লাশি অভিযান চলছে এবং পরিস্থিতি নিয়ন্ত্রণে আছে।",
     [("এলাকায় তল্লাশি অভিযান চলছে", "Bangladesh Army")]),
    ("coast_guard_reports",
     "ভোলার মেঘনায় ডুবে যাওয়া ট্রলারের আট জেলেকে জীবিত উদ্ধার করা হয়েছে। কোস্টগার্ড জানিয়েছে, "
     "নিখোঁজ আরও দুজনের খোঁজে অভিযান চলছে।",
     [("নিখোঁজ আরও দুজনের খোঁজে", "Bangladesh Coast Guard")]),
    ("railway_sources_stay_nobody",
     "ঈশ্বরদীতে সিগন্যাল ত্রুটির কারণে কয়েকটি ট্রেন দেরিতে ছেড়েছে। রেলওয়ে সূত্রে জানা গেছে, "
     "ত্রুটি সারাতে আরও এক দিন লাগবে।",
     [("ত্রুটি সারাতে আরও এক দিন", None)]),
]
