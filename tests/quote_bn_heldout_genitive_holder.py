"""Held-out cases of a title whose holder is named in the genitive right before the noun of a
statement or voice ("থানার ওসি X-এর ভাষ্য, ...", "গভর্নর X-এর কণ্ঠে", "বিশ্লেষক মেজর জেনারেল
(অব.) এ কে এম X-এর মতে, ..."): the NER often finds no name there or cuts it before its
genitive word, and the title then stood alone. The name is the title's holder (rule
genitive_holder_before_statement), so the words, a "তিনি" after them and a later bare title are
that person's; a rank before a later bare title ("একজন ডেপুটি গভর্নর") is another office, and
nobody the registry knows (rule other_rank_of_office). Short articles written for this project
(no newspaper text), written before the rule; (name, text, [(fragment, English name of the
speaker's actor or None)], language).
"""
from __future__ import annotations

CASES = [
    ("oc_genitive_then_bare_title",
     "সোমবার রাতে জমি নিয়ে বিরোধে এক কৃষক খুন হন।\n"
     "ধামরাই থানার ওসি তৌফিকুল বারীর ভাষ্য, খবর পেয়ে পুলিশ রাতেই গ্রামে যায় এবং দুজনকে আটক করে।\n"
     "মঙ্গলবার দুপুরে ওসি বলেন, “মামলা হলে বাকিদেরও ধরা হবে।”",
     [("মামলা হলে বাকিদেরও ধরা হবে", "Toufikul Bari")], "bn"),
    ("governor_voice_then_bare_title",
     "বুধবার কেন্দ্রীয় ব্যাংকে এক সংবাদ সম্মেলন হয়। সেখানে গভর্নর আহসান মনসুরের কণ্ঠে ছিল সতর্ক আশাবাদ।\n"
     "ঋণের সুদহার নিয়ে প্রশ্নের জবাবে গভর্নর বলেন, “মূল্যস্ফীতি না কমা পর্যন্ত নীতি সুদহার কমবে না।”",
     [("মূল্যস্ফীতি না কমা পর্যন্ত", "Ahsan Mansur")], "bn"),
    ("head_coach_claim_then_bare_coach",
     "টানা তিন ম্যাচ হেরে চাপে আছে দলটি।\n"
     "দলের প্রধান কোচ মাহমুদ ইমনের দাবি, ব্যাটিং অর্ডারে বদল আনা হবে।\n"
     "অনুশীলন শেষে কোচ বলেন, “তরুণদের সুযোগ দেব।”",
     [("তরুণদের সুযোগ দেব", "Mahmud Emon")], "bn"),
    ("district_commissioner_according_to_then_bare_title",
     "জেলার তিনটি উপজেলায় বন্যার পানি ঢুকেছে।\n"
     "জেলা প্রশাসক কামরুন নাহারের মতে, আশ্রয়কেন্দ্রগুলোতে পর্যাপ্ত খাবার আছে।\n"
     "বিকেলে জেলা প্রশাসক বলেন, “আরও দুটি নৌকা ভাড়া করা হয়েছে।”",
     [("আরও দুটি নৌকা ভাড়া করা হয়েছে", "Kamrun Nahar")], "bn"),
    ("spokesman_remark_then_bare_title",
     "দলের স্থায়ী কমিটির বৈঠক শেষ হয় রাত ১০টায়।\n"
     "দলের মুখপাত্র রেজওয়ান করিমের মন্তব্য, নির্বাচনের আগে জোট ভাঙার প্রশ্ন নেই।\n"
     "পরে মুখপাত্র বলেন, “আসন নিয়ে আলোচনা চলছে।”",
     [("আসন নিয়ে আলোচনা চলছে", "Rejwan Karim")], "bn"),
    ("deputy_governor_not_the_governor",
     "গভর্নর আহসান মনসুর বলেন, “রিজার্ভ এখন স্থিতিশীল।”\n"
     "এদিকে কেন্দ্রীয় ব্যাংকের একজন ডেপুটি গভর্নর জানান, আগামী সপ্তাহে একটি প্রতিনিধিদল ঢাকায় আসবে।",
     [("আগামী সপ্তাহে একটি প্রতিনিধিদল", None)], "bn"),
]
