"""Held-out Bengali quote cases written for round 20, on a bare title whose holder was named
earlier, with only an adjunct (the pack's `name_adjuncts`: "এ বিষয়ে", "এ প্রসঙ্গে", "এ সময়") between
it and the cue ("মন্ত্রী এ বিষয়ে বলেন"): the adjunct is no name of the title's holder, so the title
speaks and resolves to the person named earlier. Short articles written for this project (no
newspaper text), written before the fix; same format as quote_bn_heldout.CASES (fragment, speaker
surface, None for nobody named, "-" for no quote at all).
"""
from __future__ import annotations

CASES = [
    ("minister_then_e_bishoye",
     "স্বাস্থ্যমন্ত্রী সাইফুল আলম মঙ্গলবার জেলা সদর হাসপাতাল পরিদর্শন করেন। মন্ত্রী এ বিষয়ে বলেন, চিকিৎসকের "
     "সংকট দ্রুত দূর করা হবে।",
     [("চিকিৎসকের সংকট দ্রুত", "সাইফুল আলম")]),
    ("secretary_then_e_prosonge",
     "স্বরাষ্ট্র সচিব নাসিমুল গনি বুধবার সীমান্ত এলাকা ঘুরে দেখেন। সচিব এ প্রসঙ্গে জানান, সীমান্তে টহল আরও "
     "বাড়ানো হবে।",
     [("সীমান্তে টহল আরও", "নাসিমুল গনি")]),
    ("chairman_then_e_somoy",
     "উপজেলা চেয়ারম্যান মোস্তফা কামাল শুক্রবার নতুন সেতুর ভিত্তিপ্রস্তর স্থাপন করেন। চেয়ারম্যান এ সময় "
     "বলেন, আগামী বর্ষার আগেই সেতুর কাজ শেষ হবে।",
     [("আগামী বর্ষার আগেই সেতুর", "মোস্তফা কামাল")]),
    ("vice_chancellor_then_e_byapare",
     "বিশ্ববিদ্যালয়ের উপাচার্য রেহানা পারভীন সোমবার হল পরিদর্শনে যান। উপাচার্য এ ব্যাপারে বলেন, আবাসন "
     "সংকট কাটাতে দুটি নতুন হল নির্মাণ করা হবে।",
     [("আবাসন সংকট কাটাতে", "রেহানা পারভীন")]),
    ("mayor_then_e_somoy",
     "সিটি করপোরেশনের মেয়র তাহমিনা হক বৃহস্পতিবার খাল খনন কর্মসূচি উদ্বোধন করেন। মেয়র এ সময় বলেন, "
     "এই বর্ষায় নগরে জলাবদ্ধতা অনেক কমবে।",
     [("এই বর্ষায় নগরে জলাবদ্ধতা", "তাহমিনা হক")]),
    ("coach_then_ei_prosonge",
     "জাতীয় দলের প্রধান কোচ শফিকুল ইসলাম অনুশীলন শেষে সাংবাদিকদের মুখোমুখি হন। কোচ এই প্রসঙ্গে বলেন, "
     "তরুণ খেলোয়াড়দের আরও সুযোগ দেওয়া হবে।",
     [("তরুণ খেলোয়াড়দের আরও সুযোগ", "শফিকুল ইসলাম")]),
    # round 36: the day or the addressee before the title, where the title pattern read it as the
    # title's modifier ("রোববার মন্ত্রী", "সাংবাদিকদের উপদেষ্টা"): no part of the office
    ("day_then_minister",
     "স্বাস্থ্যমন্ত্রী সাইফুল আলম শনিবার জেলা সদর হাসপাতাল পরিদর্শন করেন। রোববার মন্ত্রী বলেন, চিকিৎসকের "
     "সংকট দ্রুত দূর করা হবে।",
     [("চিকিৎসকের সংকট দ্রুত", "সাইফুল আলম")]),
    ("journalists_then_adviser",
     "বাণিজ্য উপদেষ্টা রফিকুল হাসান সোমবার ব্যবসায়ীদের সঙ্গে বৈঠক করেন। বৈঠক শেষে সাংবাদিকদের উপদেষ্টা বলেন, "
     "\"ভোজ্যতেলের দাম শিগগির কমবে।\"",
     [("ভোজ্যতেলের দাম শিগগির", "রফিকুল হাসান")]),
]
