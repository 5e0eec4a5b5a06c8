"""Held-out Bengali quote cases written for round 25 (sp25b): an instruction reported as "Y-কে ...
করতে বলেছে X" (X told Y to do ...), the speaker closing the sentence: the content ends in an
infinitive in -তে, after somebody addressed in -কে or -দের. A place or a time in -তে right before
the cue ("নেতাদের সভাতে বলেছেন X", at the leaders' meeting) is no instruction. Short sentences
written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("weather_office_tells_ports",
     "বঙ্গোপসাগরে গভীর নিম্নচাপ সৃষ্টি হয়েছে। পায়রা ও মোংলা বন্দরকে দুই নম্বর দূরবর্তী হুঁশিয়ারি সংকেত দেখাতে বলেছে আবহাওয়া অধিদপ্তর।",
     [("দুই নম্বর দূরবর্তী হুঁশিয়ারি সংকেত দেখাতে", "আবহাওয়া অধিদপ্তর")]),
    ("central_bank_tells_banks",
     "ঈদের আগে নতুন নোটের চাহিদা বাড়ে। সব তফসিলি ব্যাংককে শাখায় আলাদা বুথ খুলতে বলেছে বাংলাদেশ ব্যাংক।",
     [("শাখায় আলাদা বুথ খুলতে", "বাংলাদেশ ব্যাংক")]),
    ("leader_tells_workers_to_stay_calm",
     "সমাবেশ ঘিরে উত্তেজনা ছড়িয়েছে। দলের নেতাকর্মীদের উসকানিতে পা না দিয়ে শান্ত থাকতে বলেছেন মির্জা ফখরুল ইসলাম আলমগীর।",
     [("উসকানিতে পা না দিয়ে শান্ত থাকতে", "মির্জা ফখরুল ইসলাম আলমগীর")]),
    ("weather_office_tells_fishers_two_acts",
     "সাগর উত্তাল রয়েছে। মাছ ধরার ট্রলারগুলোকে দ্রুত নিরাপদ আশ্রয়ে যেতে এবং পরবর্তী নির্দেশ পর্যন্ত ঘাটে থাকতে বলেছে আবহাওয়া অধিদপ্তর।",
     [("দ্রুত নিরাপদ আশ্রয়ে যেতে", "আবহাওয়া অধিদপ্তর")]),
    ("central_bank_told_in_the_past",
     "গত মাসে ডলারের দাম হঠাৎ বেড়ে যায়। তখন ব্যাংকগুলোকে আমদানির ঋণপত্র খোলায় সতর্ক থাকতে বলেছিল বাংলাদেশ ব্যাংক।",
     [("আমদানির ঋণপত্র খোলায় সতর্ক থাকতে", "বাংলাদেশ ব্যাংক")]),
    ("leader_tells_candidates",
     "মনোনয়ন নিয়ে দলে ক্ষোভ আছে। বঞ্চিত প্রার্থীদের দলের সিদ্ধান্ত মেনে নিতে বলেছেন মির্জা ফখরুল ইসলাম আলমগীর।",
     [("দলের সিদ্ধান্ত মেনে নিতে", "মির্জা ফখরুল ইসলাম আলমগীর")]),
    ("meeting_place_is_no_instruction",
     "দলের ভেতরে মতভেদ দেখা দিয়েছে। জেলা নেতাদের সভাতে বলেছেন মির্জা ফখরুল ইসলাম আলমগীর।",
     [("জেলা নেতাদের সভাতে", "-")]),
]
