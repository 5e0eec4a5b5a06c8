"""Held-out Bengali quote cases written for round 34 (qr34): a group the article leaves unnamed, in the
genitive and opening its sentence, before a claim or complaint set off by a comma, where the group's
word is no listed title ("পরিবারের দাবি, ...", "খামারিদের অভিযোগ, ...", "নিহতের পরিবারের ভাষ্য, ...").
GUIDELINES Q1/Q4: the words are reported, their speaker nobody named. Not a count ("পরিবারের হিসাবে,
...": by the family's count), nor a genitive after a comma. Short articles written for this project
(no newspaper text), written before the change; same format as quote_bn_heldout.CASES (fragment,
speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("family_claim_set_off",
     "নদীতে গোসল করতে নেমে এক কিশোর নিখোঁজ হয়েছে। পরিবারের দাবি, সে সাঁতার জানত না এবং বন্ধুরা তাকে "
     "জোর করে নিয়ে যায়।",
     [("সে সাঁতার জানত না", None)]),
    ("farmers_complaint_set_off",
     "খামারিদের অভিযোগ, গোখাদ্যের দাম বাড়ায় দুধ বিক্রি করে খরচ উঠছে না।",
     [("দুধ বিক্রি করে খরচ উঠছে না", None)]),
    ("family_of_the_dead_after_tobe",
     "তবে নিহতের পরিবারের ভাষ্য, তিনি রাতে মাছ ধরতে নদীর ঘাটে গিয়েছিলেন।",
     [("রাতে মাছ ধরতে নদীর ঘাটে গিয়েছিলেন", None)]),
    ("family_count_is_no_claim",
     "ডাকাতেরা বাড়ির আলমারি ভেঙে ফেলে। পরিবারের হিসাবে, নগদ টাকা ছাড়াও চারটি মোবাইল ফোন খোয়া গেছে।",
     [("চারটি মোবাইল ফোন খোয়া গেছে", "-")]),
]
