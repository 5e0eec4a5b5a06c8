"""Held-out Bengali cases of a description that says whose office it is, a body or place in the
genitive before its title ("উপজেলা কৃষি অফিসের উপসহকারী কর্মকর্তা বলেন", "পঞ্চগড়ের জেলা প্রশাসক
জানান"), after a person the article named with no office at all (a farmer, a relative, a resident)
spoke: the description is the holder of that office, somebody new whom the text leaves unnamed,
never the person who spoke before (rule office_of_own_body, through titled_otherwise). The
person who spoke before keeps their own quote. Short articles written for this project (no
newspaper text), written before the rule; (name, text, [(fragment, English name of the speaker's
actor or None)]).
"""
from __future__ import annotations

CASES = [
    ("farmer_then_agriculture_officer",
     "গ্রামের কৃষক মোতালেব হোসেন (৬০) বলেন, এবার পোকার আক্রমণে অর্ধেক ধান নষ্ট হয়ে গেছে। "
     "ঋণ শোধ করব কীভাবে, বুঝতে পারছি না।\n"
     "উপজেলা কৃষি অফিসের উপসহকারী কর্মকর্তা বলেন, ক্ষতিগ্রস্ত কৃষকদের তালিকা তৈরি করা হচ্ছে।",
     [("এবার পোকার আক্রমণে", "Motaleb Hossain"), ("ক্ষতিগ্রস্ত কৃষকদের তালিকা", None)]),
    ("mother_then_hospital_director",
     "নিহত কিশোরের মা রাশেদা বেগম বলেন, ছেলেটা সকালে স্কুলে যাওয়ার কথা বলে বের হয়েছিল। "
     "আর ফিরে এল লাশ হয়ে।\n"
     "শেরেবাংলা মেডিকেল কলেজ হাসপাতালের পরিচালক বলেন, আহত তিনজনের অবস্থা এখন স্থিতিশীল।",
     [("আহত তিনজনের অবস্থা", None)]),
    ("resident_then_health_officer",
     "এলাকার বাসিন্দা জাকির হোসেন বলেন, নলকূপের পানি খেয়ে গ্রামের অনেকে অসুস্থ হয়ে পড়েছেন। "
     "কেউ খোঁজ নিতে আসেনি।\n"
     "বাকেরগঞ্জ উপজেলা স্বাস্থ্য কমপ্লেক্সের আবাসিক মেডিকেল কর্মকর্তা জানান, গ্রামে একটি মেডিকেল দল পাঠানো হয়েছে।",
     [("গ্রামে একটি মেডিকেল দল", None)]),
    ("shopkeeper_then_fire_station_officer",
     "ক্ষতিগ্রস্ত দোকানি নুরুল আমিন বলেন, চোখের সামনে সব পুড়ে ছাই হয়ে গেল। কিছুই বের করতে পারিনি।\n"
     "কুমিল্লা ফায়ার স্টেশনের জ্যেষ্ঠ কর্মকর্তা বলেন, বৈদ্যুতিক শর্টসার্কিট থেকে আগুনের সূত্রপাত হয়ে থাকতে পারে।",
     [("বৈদ্যুতিক শর্টসার্কিট থেকে", None)]),
    ("brother_then_station_chief",
     "নিখোঁজ যুবকের বড় ভাই শফিকুল আলম বলেন, তিন দিন ধরে ওর ফোন বন্ধ। আমরা সব জায়গায় খুঁজেছি।\n"
     "সদর থানার ভারপ্রাপ্ত কর্মকর্তা বলেন, যুবকের সন্ধানে পুলিশ কাজ করছে।",
     [("যুবকের সন্ধানে পুলিশ", None)]),
    ("player_then_club_coach",
     "ম্যাচসেরা হওয়া স্থানীয় খেলোয়াড় রাকিব হাসান বলেন, গোলটা মায়ের জন্য। মা মাঠে বসে খেলা দেখেছেন।\n"
     "মোহামেডানের প্রধান কোচ বলেন, দলের রক্ষণ এখনো পুরোপুরি তৈরি নয়।",
     [("দলের রক্ষণ এখনো", None)]),
    ("teacher_then_education_officer",
     "বিদ্যালয়ের সহকারী শিক্ষিকা নাসরিন আক্তার বলেন, বৃষ্টিতে শ্রেণিকক্ষে পানি পড়ে। বই ভিজে যায়।\n"
     "জেলা শিক্ষা অফিসের সহকারী পরিদর্শক বলেন, ভবন মেরামতের জন্য বরাদ্দ চাওয়া হয়েছে।",
     [("ভবন মেরামতের জন্য বরাদ্দ", None)]),
]
