"""Held-out Bengali cases of the person asked named in the object case ("শিক্ষক X-কে প্রশ্ন করা হলে
তিনি বলেন", "Y-কে জিজ্ঞেস করলে তিনি জানান"): the one asked answers, as with "X-এর কাছে জানতে
চাইলে" (rule interlocutor, through `asked_in_object_case`), never a person named before the
question nor the title before the name, nor the speaker of the quote just before (a chain the
question breaks). A trap keeps the subject of a sentence with no asking.
Short articles written for this project (no newspaper text), written before the rule (the relative, named in full, got her short form before too);
(fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("teacher_asked",
     "জেলা শিক্ষা কর্মকর্তা মাহমুদুল হাসান সকালে বিদ্যালয় পরিদর্শন করেন। পরে শিক্ষক আবদুর রশিদকে এ বিষয়ে প্রশ্ন "
     "করা হলে তিনি বলেন, ‘নতুন বই এখনো আসেনি।’",
     [("নতুন বই এখনো আসেনি", "Abdur Rashid")]),
    ("passer_by_asked",
     "সড়কে যানজট নিয়ে কথা বলেন ট্রাফিক পরিদর্শক কামরুল হাসান। পথচারী রহিম উদ্দিনকে জিজ্ঞেস করলে তিনি জানান, "
     "‘প্রতিদিন দুই ঘণ্টা দেরি হয়।’",
     [("প্রতিদিন দুই ঘণ্টা দেরি হয়", "Rahim Uddin")]),
    ("farmer_asked_price",
     "উপজেলা কৃষি কর্মকর্তা নাজমুল হক মাঠ ঘুরে দেখেন। কৃষক আলমগীর মিয়াকে ধানের দাম নিয়ে জিজ্ঞাসা করা হলে তিনি "
     "বলেন, ‘খরচই উঠছে না।’",
     [("খরচই উঠছে না", "Alamgir Mia")]),
    ("shopkeeper_asked",
     "বাজার তদারকিতে নামেন ভোক্তা অধিকারের সহকারী পরিচালক শাহনাজ পারভীন। দোকানি জসিম উদ্দিনকে প্রশ্ন করলে তিনি "
     "বলেন, ‘পাইকারি বাজারেই দাম বেশি।’",
     [("পাইকারি বাজারেই দাম বেশি", "Jasim Uddin")]),
    ("patient_relative_asked",
     "হাসপাতালের তত্ত্বাবধায়ক মনিরুজ্জামান খান ওয়ার্ড ঘুরে দেখেন। রোগীর স্বজন ফাতেমা বেগমকে জিজ্ঞেস করা হলে "
     "তিনি জানান, ‘তিন দিন ধরে শয্যা পাইনি।’",
     # (a closing title with a case ending, "বেগমকে", stays in her name: Fatema Begum)
     [("তিন দিন ধরে শয্যা পাইনি", "Fatema Begum")]),
    ("driver_asked",
     "মহাসড়কে অভিযান চালান হাইওয়ে পুলিশের পরিদর্শক তারেক আজিজ। চালক সোহেল রানাকে প্রশ্ন করা হলে তিনি বলেন, "
     "‘গাড়ির কাগজ মালিকের কাছে আছে।’",
     [("গাড়ির কাগজ মালিকের কাছে আছে", "Sohel Rana")]),
    ("fisherman_asked",
     "নদীতে মাছ ধরার নিষেধাজ্ঞা তদারকি করেন মৎস্য কর্মকর্তা রেজাউল করিম। জেলে নুরুল আমিনকে এ নিয়ে প্রশ্ন করা হলে "
     "তিনি বলেন, ‘সহায়তার চাল এখনো পাইনি।’",
     [("সহায়তার চাল এখনো পাইনি", "Nurul Amin")]),
    ("asked_after_another_quote",
     "ইউনিয়ন পরিষদের চেয়ারম্যান মোস্তফা কামাল বলেন, ‘ত্রাণ সবার কাছে পৌঁছেছে।’ "
     "পরে গৃহবধূ রাশিদা খাতুনকে প্রশ্ন করা হলে তিনি বলেন, ‘আমরা এখনো কিছু পাইনি।’",
     [("ত্রাণ সবার কাছে পৌঁছেছে", "Mostafa Kamal"), ("আমরা এখনো কিছু পাইনি", "Rashida Khatun")]),
    ("trap_no_asking",
     "উপজেলা নির্বাহী কর্মকর্তা নাসরিন আক্তার সকালে বাঁধ পরিদর্শন করেন। তিনি শ্রমিক হাবিবকে কাজ দ্রুত শেষ করতে "
     "তাগিদ দেন। পরে তিনি বলেন, ‘বর্ষার আগেই কাজ শেষ হবে।’",
     [("বর্ষার আগেই কাজ শেষ হবে", "Nasrin Akter")]),
]
