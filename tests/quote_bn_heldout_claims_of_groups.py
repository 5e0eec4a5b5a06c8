"""Held-out Bengali quote cases written for round 32 (qr32): the claim or complaint of a group named by
its work or part, in the genitive and set off by a comma ("বাসিন্দাদের অভিযোগ, ...", "শ্রমিকনেতাদের দাবি,
...", "ভোক্তাদের অভিযোগ, ..."), and an announcement, an assurance or an assessment set off so ("তাঁর
আশ্বাস, ...", "জেলা প্রশাসকের ঘোষণা, ...", "অর্থনীতিবিদের মূল্যায়ন হলো, ..."). GUIDELINES Q1/Q4: the
words are reported; a group nobody can name is speaker "". "আশ্বাস দেন" or "ঘোষণা দেন" with no comma
stays the object of its verb. Short articles written for this project (no newspaper text), written
before the change; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody
named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("residents_complaint_set_off",
     "বাসিন্দাদের অভিযোগ, সেচের পাম্প দুই সপ্তাহ ধরে বন্ধ থাকায় বোরো খেত শুকিয়ে যাচ্ছে।",
     [("বোরো খেত শুকিয়ে যাচ্ছে", None)]),
    ("victims_complaint_set_off",
     "ভুক্তভোগীদের অভিযোগ, রিক্রুটিং এজেন্সিটি এখন কারও ফোন ধরছে না।",
     [("এখন কারও ফোন ধরছে না", None)]),
    ("labour_leaders_claim_set_off",
     "শ্রমিকনেতাদের দাবি, সংঘর্ষে অন্তত আটজন শ্রমিক আহত হয়েছেন।",
     [("অন্তত আটজন শ্রমিক আহত", None)]),
    ("consumers_complaint_set_off",
     "ভোক্তাদের অভিযোগ, রোজার আগে প্রতিবছর একটি চক্র ডালের দাম বাড়িয়ে দেয়।",
     [("একটি চক্র ডালের দাম বাড়িয়ে দেয়", None)]),
    ("assurance_set_off",
     "ব্যাংকের ব্যবস্থাপনা পরিচালক আনিসুর রহমান গ্রাহকদের সঙ্গে বৈঠক করেন। তাঁর আশ্বাস, আগামী মাস "
     "থেকে টাকা তোলার সীমা বাড়ানো হবে।",
     [("টাকা তোলার সীমা বাড়ানো হবে", "আনিসুর রহমান")]),
    ("assessment_with_copula",
     "অর্থনীতিবিদ মাহবুব আলমের মূল্যায়ন হলো, রপ্তানি বাড়লেও বিনিয়োগে স্থবিরতা কাটেনি।",
     [("বিনিয়োগে স্থবিরতা কাটেনি", "মাহবুব আলম")]),
]
