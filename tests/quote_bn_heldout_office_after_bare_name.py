"""Held-out Bengali cases of an office holder speaking by a bare title ("পুলিশ সুপার বলেন") right
after a person the article gave no office (a worker, a farmer, a mother, a student) spoke: the
office holder is somebody new, so the quote is nobody's rather than the worker's (rule
office_new_to_a_bare_name, through titled_otherwise). A trap keeps a person named bare going on
under an office when the clause says so ("বোর্ড চেয়ারম্যান আরও জানান"). Short articles written for
this project (no newspaper text), written before the rule; (fragment, English name of the
speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("superintendent_after_a_worker",
     "কারখানার মেশিন অপারেটর শাহিদা বেগম বলেন, “তিন মাস ধরে বেতন পাইনি।”\nপুলিশ সুপার বলেন, শ্রমিকদের "
     "দাবি নিয়ে মালিকপক্ষের সঙ্গে কথা হচ্ছে।",
     [("শ্রমিকদের দাবি নিয়ে মালিকপক্ষের সঙ্গে কথা হচ্ছে", None)]),
    ("executive_officer_after_a_vendor",
     "বাজারের সবজি বিক্রেতা করিম মিয়া বলেন, “বেচাকেনা অর্ধেকে নেমেছে।”\nউপজেলা নির্বাহী কর্মকর্তা বলেন, "
     "বাজার তদারকিতে দল নামানো হবে।",
     [("বাজার তদারকিতে দল নামানো হবে", None)]),
    ("agriculture_officer_after_a_farmer",
     "স্থানীয় কৃষক আবদুল জলিল বলেন, “বীজের দাম দ্বিগুণ হয়েছে।”\nকৃষি কর্মকর্তা বলেন, সরকারি বীজ শিগগিরই "
     "আসবে।",
     [("সরকারি বীজ শিগগিরই আসবে", None)]),
    ("superintendent_after_a_rickshaw_puller",
     "ভুক্তভোগী রিকশাচালক সেলিম হোসেন বলেন, “আমাকে বিনা কারণে মারধর করা হয়েছে।”\nপুলিশ সুপার জানান, "
     "অভিযুক্ত দুজনকে খোঁজা হচ্ছে।",
     [("অভিযুক্ত দুজনকে খোঁজা হচ্ছে", None)]),
    ("head_teacher_after_a_parent",
     "অভিভাবক নাসরিন সুলতানা বলেন, “স্কুলে নিরাপত্তা নেই।”\nপ্রধান শিক্ষক বলেন, নতুন প্রহরী নিয়োগ দেওয়া "
     "হয়েছে।",
     [("নতুন প্রহরী নিয়োগ দেওয়া হয়েছে", None)]),
    ("deputy_commissioner_after_a_student",
     "কলেজছাত্র তানভীর হাসান বলেন, “বাস ভাড়া বেড়ে গেছে।”\nজেলা প্রশাসক বলেন, ভাড়া নিয়ে মালিকদের সঙ্গে "
     "বৈঠক হবে।",
     [("ভাড়া নিয়ে মালিকদের সঙ্গে বৈঠক হবে", None)]),
    ("trap_chairman_goes_on",
     "করিম হোসেন জানান, পরীক্ষা পিছিয়েছে।\nবোর্ড চেয়ারম্যান আরও জানান, নতুন সূচি শিগগির আসবে।",
     [("নতুন সূচি শিগগির আসবে", "Karim Hossain")]),
]
