"""Held-out cases (Bengali and English) of a bare title after a person who holds the same title
with a rank word before it ("ডেপুটি গভর্নর X", "অতিরিক্ত পুলিশ সুপার X", "উপপরিচালক X", "deputy
governor X"): a later bare "গভর্নর", "পুলিশ সুপার", "পরিচালক", "the governor" is the holder of the
office without the rank, named earlier or not named at all, never the deputy named nearest before
it (rule other_rank_of_office); "তৎকালীন গভর্নর X" likewise holds the office no more (rule
past_holder). Short articles written for this project (no newspaper text), written before the
rule; (name, text, [(fragment, English name of the speaker's actor or None)], language).
"""
from __future__ import annotations

CASES = [
    ("deputy_governor_then_bare_governor",
     "সংবাদ সম্মেলনে মুদ্রানীতি ঘোষণা করেন গভর্নর ড. কামরুল হাসান। পাশে ছিলেন ডেপুটি গভর্নর নাসিমা আক্তার। "
     "ডেপুটি গভর্নর নাসিমা আক্তার বলেন, রিজার্ভ এখন স্থিতিশীল আছে।\n"
     "ঋণের কিস্তি নিয়ে প্রশ্নের জবাবে গভর্নর বলেন, আগামী মাসে একটি প্রতিনিধিদল ঢাকায় আসবে।",
     [("আগামী মাসে একটি প্রতিনিধিদল", "Kamrul Hasan")], "bn"),
    ("additional_sp_then_bare_sp",
     "জেলার পুলিশ সুপার মাহবুব আলম ঘটনাস্থল পরিদর্শন করেন। অতিরিক্ত পুলিশ সুপার সাইফুল ইসলাম বলেন, "
     "তিনজনকে আটক করা হয়েছে।\n"
     "পরে পুলিশ সুপার বলেন, জড়িত কেউ ছাড় পাবে না।",
     [("জড়িত কেউ ছাড় পাবে না", "Mahbub Alam")], "bn"),
    ("assistant_commissioner_then_bare_commissioner",
     "বিভাগীয় কমিশনার রেজাউল করিম সভায় সভাপতিত্ব করেন। সভায় সহকারী কমিশনার তানিয়া সুলতানা বলেন, "
     "বাজারে নিয়মিত অভিযান চলছে।\n"
     "কমিশনার বলেন, দাম বাড়ালে ব্যবসায়ীদের জরিমানা করা হবে।",
     [("দাম বাড়ালে ব্যবসায়ীদের জরিমানা", "Rezaul Karim")], "bn"),
    ("deputy_director_compound_then_bare_director",
     "হাসপাতালের উপপরিচালক শফিকুল ইসলাম বলেন, ওয়ার্ডে শয্যার চেয়ে রোগী বেশি।\n"
     "এ বিষয়ে পরিচালক বলেন, নতুন ভবনের কাজ শেষ হলে সংকট কাটবে।",
     [("নতুন ভবনের কাজ শেষ হলে", None)], "bn"),
    ("joint_secretary_general_then_bare_secretary_general",
     "দলের মহাসচিব আবদুল হালিম সমাবেশে বক্তব্য দেন। যুগ্ম মহাসচিব জাহিদুল হক বলেন, কর্মসূচি চলবে।\n"
     "মহাসচিব বলেন, দাবি না মানলে আরও কঠোর কর্মসূচি দেওয়া হবে।",
     [("দাবি না মানলে আরও কঠোর", "Abdul Halim")], "bn"),
    ("former_governor_then_bare_governor",
     "নতুন গভর্নর মাহফুজুর রহমান দায়িত্ব নিয়েছেন গত মাসে। তৎকালীন গভর্নর জামিল উদ্দিনের সময়ে নেওয়া "
     "নীতিটি বাতিল করা হয়েছে। তৎকালীন গভর্নর জামিল উদ্দিন তখন বলেছিলেন, সুদহার বাজারই ঠিক করবে।\n"
     "গভর্নর বলেন, আমানতকারীদের টাকা নিরাপদ আছে।",
     [("আমানতকারীদের টাকা নিরাপদ", "Mahfuzur Rahman")], "bn"),
    ("deputy_governor_then_the_governor_en",
     "Governor Kamal Uddin chaired the meeting. Deputy governor Farida Yasmin said the reserves were "
     "stable.\nAsked about the loan, the governor said a team would visit Dhaka next month.",
     [("a team would visit Dhaka next month", "Kamal Uddin")], "en"),
]
