"""Held-out Bengali quote cases written for round 19 (quotes-bn2), on speech acts named by a noun
whose object is what was said: a demand put forward ("... বিচারের দাবি জানান / তোলেন / করেন") and
a report turned down ("... পাওয়ার বিষয়টি নাকচ করে দিয়েছেন X"), with "করে দেওয়া" as one light verb.
The last two cases are guards: the claim "দাবি করেন, ..." and "... বলে দাবি করেন" keep their reading.
Short articles written for this project (no newspaper text), written before the change; same format
as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("demand_put_forward_by_a_named_leader",
     "শিক্ষক সমিতির সভাপতি আবদুল করিম মঙ্গলবার বেতন বৈষম্য দূর করার দাবি জানান।",
     [("বেতন বৈষম্য দূর করার", "আবদুল করিম")]),
    ("demand_raised_by_a_pronoun_after_a_named_person",
     "কৃষক নেতা রহমত আলী সমাবেশে বক্তব্য দেন। তিনি সারের দাম কমানোর দাবি তোলেন।",
     [("সারের দাম কমানোর", "রহমত আলী")]),
    ("demand_with_the_speaker_closing_the_sentence",
     "সড়ক দুর্ঘটনায় নিহত ছাত্রের পরিবারের জন্য ক্ষতিপূরণের দাবি জানিয়েছেন সংসদ সদস্য নাজমুল হুদা।",
     [("নিহত ছাত্রের পরিবারের জন্য ক্ষতিপূরণের", "নাজমুল হুদা")]),
    ("demand_made_by_students_unnamed",
     "মানববন্ধন থেকে হামলাকারীদের দ্রুত গ্রেপ্তারের দাবি করেন শিক্ষার্থীরা।",
     [("হামলাকারীদের দ্রুত গ্রেপ্তারের", None)]),
    ("report_turned_down_by_a_named_minister",
     "মন্ত্রিসভা থেকে সরে দাঁড়ানোর বিষয়টি নাকচ করে দিয়েছেন বাণিজ্যমন্ত্রী সেলিম রেজা।",
     [("মন্ত্রিসভা থেকে সরে দাঁড়ানোর বিষয়টি", "সেলিম রেজা")]),
    ("offer_turned_down_by_a_pronoun",
     "জেলা পরিষদের চেয়ারম্যান মাহবুবুর রহমান সাংবাদিকদের সঙ্গে কথা বলেন। তিনি নতুন দলে যোগ দেওয়ার প্রস্তাব "
     "নাকচ করে দেন।",
     [("নতুন দলে যোগ দেওয়ার প্রস্তাব", "মাহবুবুর রহমান")]),
    ("claim_with_a_comma_keeps_its_content",
     "দলের মুখপাত্র শফিকুল আলম দাবি করেন, নির্বাচন নির্ধারিত সময়েই হবে।",
     [("নির্বাচন নির্ধারিত সময়েই হবে", "শফিকুল আলম")]),
    ("claim_with_bole_keeps_its_content",
     "আসামিপক্ষের আইনজীবী মোস্তাক আহমেদ তার মক্কেল নির্দোষ বলে দাবি করেন।",
     [("তার মক্কেল নির্দোষ", "মোস্তাক আহমেদ")]),
]
