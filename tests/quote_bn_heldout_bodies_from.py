"""Held-out Bengali quote cases written for round 26 (qr26b): a body's statement in the passive
with the bare "থেকে" (from) and no "পক্ষ": "মন্ত্রণালয় থেকে জানানো হয়েছে, ..." before the words and
"... বলে কমিশন থেকে জানানো হয়।" after them; the body named before "থেকে" speaks. Before an active
verb "X থেকে" is where somebody came from, and names no speaker. Short sentences written for
this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("ministry_from_before_words",
     "স্বরাষ্ট্র মন্ত্রণালয় থেকে জানানো হয়েছে, ঈদের আগে সব জেলায় বাড়তি পুলিশ মোতায়েন থাকবে।",
     [("ঈদের আগে সব জেলায় বাড়তি পুলিশ মোতায়েন থাকবে", "স্বরাষ্ট্র মন্ত্রণালয়")]),
    ("bank_from_said_before_words",
     "বাংলাদেশ ব্যাংক থেকে বলা হয়েছে, আগামী মাস থেকে নতুন নোট বাজারে ছাড়া হবে।",
     [("আগামী মাস থেকে নতুন নোট বাজারে ছাড়া হবে", "বাংলাদেশ ব্যাংক")]),
    ("commission_from_after_bole",
     "নির্বাচনের তফসিল আগামী সপ্তাহে ঘোষণা করা হবে বলে নির্বাচন কমিশন থেকে জানানো হয়েছে।",
     [("নির্বাচনের তফসিল আগামী সপ্তাহে ঘোষণা করা হবে", "নির্বাচন কমিশন")]),
    ("body_pointed_back_from_after_bole",
     "ঢাকা স্টক এক্সচেঞ্জ নতুন ব্যবস্থাপনা পরিচালক নিয়োগ দিয়েছে। রোববার তিনি এ পদে যোগ দেন বলে "
     "প্রতিষ্ঠানটি থেকে জানানো হয়।",
     [("রোববার তিনি এ পদে যোগ দেন", "ঢাকা স্টক এক্সচেঞ্জ")]),
    ("ministry_from_with_time_between",
     "শিক্ষা মন্ত্রণালয় থেকে বৃহস্পতিবার জানানো হয়, এসএসসি পরীক্ষা নির্ধারিত সময়েই শুরু হবে।",
     [("এসএসসি পরীক্ষা নির্ধারিত সময়েই শুরু হবে", "শিক্ষা মন্ত্রণালয়")]),
    ("police_from_said_after_bole",
     "মহাসড়কে ঈদের ছুটিতে অতিরিক্ত টহল থাকবে বলে পুলিশ সদর দপ্তর থেকে বলা হয়েছে।",
     [("মহাসড়কে ঈদের ছুটিতে অতিরিক্ত টহল থাকবে", "পুলিশ সদর দপ্তর")]),
    # an active verb after "X থেকে": the place somebody came from, who speaks is the pronoun
    ("active_verb_after_from_keeps_pronoun",
     "চিকিৎসক রফিকুল ইসলাম সকালে হাসপাতালে যান। হাসপাতাল থেকে ফিরে তিনি বলেন, রোগীদের অবস্থা এখন ভালো।",
     [("রোগীদের অবস্থা এখন ভালো", "রফিকুল ইসলাম")]),
    # a place before "থেকে" and a passive of no statement
    ("place_from_no_statement",
     "ঢাকা থেকে খুলনা যেতে এখন আট ঘণ্টার বেশি সময় লাগে।",
     "-"),
]
