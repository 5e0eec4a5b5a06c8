"""Held-out Bengali quote cases written for round 20, on a topic phrase fronted before the subject
("X-এর অবসর প্রসঙ্গে তিনি বলেন"): a title or name inside the topic phrase, closed by a topic
postposition (প্রসঙ্গে, সম্পর্কে, বিষয়ে, ব্যাপারে), is what the speaker talks about, and the subject
after the postposition speaks. Two guards close the set: a subject before an adjunct ("X এ বিষয়ে
বলেন") and a subject before its own topic ("X বাজেট প্রসঙ্গে বলেন") still speak. Short
articles written for this project (no newspaper text), written before the rule; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote at all).
"""
from __future__ import annotations

CASES = [
    ("pronoun_after_topic_of_a_captain",
     "ঢাকা জেলা দলের কোচ মাহফুজুর রহমান বৃহস্পতিবার অনুশীলন শেষে সাংবাদিকদের সঙ্গে কথা বলেন। অধিনায়ক "
     "জাহিদ হাসানের চোট প্রসঙ্গে তিনি বলেন, ‘আগামী ম্যাচের আগেই সে পুরোপুরি সেরে উঠবে বলে আশা করছি।’",
     [("আগামী ম্যাচের আগেই সে পুরোপুরি", "মাহফুজুর রহমান")]),
    ("pronoun_after_topic_of_a_minister",
     "বিএনপির স্থায়ী কমিটির সদস্য আমজাদ হোসেন শনিবার রাজশাহীতে এক সভায় বক্তব্য দেন। মন্ত্রী আবুল কালামের "
     "মন্তব্য সম্পর্কে তিনি বলেন, এমন কথা দায়িত্বশীল কারও মুখে মানায় না।",
     [("এমন কথা দায়িত্বশীল কারও", "আমজাদ হোসেন")]),
    ("pronoun_after_topic_of_a_chairman",
     "উপজেলা পরিষদের সামনে সোমবার মানববন্ধনে নেতৃত্ব দেন স্থানীয় বাসিন্দা নাসরিন আক্তার। চেয়ারম্যান রফিকুল "
     "ইসলামের অনুপস্থিতি বিষয়ে তিনি বলেন, ‘তিন মাস ধরে তাঁকে কার্যালয়ে দেখা যায় না।’",
     [("তিন মাস ধরে তাঁকে", "নাসরিন আক্তার")]),
    ("pronoun_after_topic_of_a_secretary",
     "জেলা প্রশাসক মাসুদা খাতুন বুধবার বন্যা পরিস্থিতি নিয়ে সভা করেন। সচিব কামাল উদ্দিনের সফরের ব্যাপারে "
     "তিনি জানান, আগামী সপ্তাহে তিনি ক্ষতিগ্রস্ত এলাকা ঘুরে দেখবেন।",
     [("আগামী সপ্তাহে তিনি ক্ষতিগ্রস্ত", "মাসুদা খাতুন")]),
    ("guard_subject_before_an_adjunct",
     "স্বাস্থ্যমন্ত্রী সাইফুল আলম মঙ্গলবার হাসপাতাল পরিদর্শন করেন। পরে সাইফুল আলম এ বিষয়ে বলেন, চিকিৎসকের সংকট দ্রুত "
     "দূর করা হবে।",
     [("চিকিৎসকের সংকট দ্রুত", "সাইফুল আলম")]),
    ("guard_subject_before_its_own_topic",
     "অর্থ উপদেষ্টা হাবিবুর রহমান রোববার সচিবালয়ে সাংবাদিকদের মুখোমুখি হন। হাবিবুর রহমান বাজেট প্রসঙ্গে বলেন, "
     "এবারের বাজেট হবে ব্যবসাবান্ধব।",
     [("এবারের বাজেট হবে ব্যবসাবান্ধব", "হাবিবুর রহমান")]),
]
