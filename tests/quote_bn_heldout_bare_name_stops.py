"""Held-out Bengali cases of words before a cue that the rules read as a shapeless person's name
though they hold a conjunction, a relative word or a demonstrative ("... নেতা ও ছোট কয়েকটি দল
বলছে", "উপদেষ্টা ভাষণে যা বলেছেন", "কর্মকর্তা এটাও জানিয়েছেন"): no person is named there, so no
new actor ("O Kayekti Dal", "Bhashne Ja") speaks (rule no_name_word, the pack's
`bare_name_stops`). A trap keeps a plain name before its cue. Short articles written for this
project (no newspaper text), written before the rule; (fragment, English name of the speaker's
actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("candidates_and_some_parties",
     "শরিকদের মধ্যে আসন নিয়ে দর কষাকষি চলছে। তবে জোটের শরিক কয়েকজন প্রার্থী ও কয়েকটি দল বলছে, নিজেদের "
     "মার্কায় ভোট করতে না দিলে তারা জোটে থাকবে না।",
     [("নিজেদের মার্কায় ভোট করতে না দিলে", None)]),
    ("what_the_adviser_said_in_a_speech",
     "বৃহস্পতিবার রাতে জাতির উদ্দেশে ভাষণ দেন শিক্ষা উপদেষ্টা। উপদেষ্টা ভাষণে যা বলেছেন, পরীক্ষা পিছিয়ে "
     "দেওয়ার কোনো সুযোগ নেই।",
     [("পরীক্ষা পিছিয়ে দেওয়ার কোনো সুযোগ নেই", None)]),
    ("officer_said_this_too",
     "ত্রাণ শাখার এক কর্মকর্তা নদীভাঙনের ক্ষতির তালিকা দেন। পরে ওই কর্মকর্তা এটাও জানিয়েছেন, বাঁধ "
     "মেরামতে আরও তিন দিন লাগবে।",
     [("বাঁধ মেরামতে আরও তিন দিন লাগবে", None)]),
    ("teachers_and_students_say",
     "বিশ্ববিদ্যালয়ের ফটকে সকাল থেকে অবস্থান চলছে। সেখানে শিক্ষকেরা এবং শিক্ষার্থীরা বলছেন, দাবি না মানা "
     "পর্যন্ত তারা ফিরবেন না।",
     [("দাবি না মানা পর্যন্ত তারা ফিরবেন না", None)]),
    ("what_the_principal_said",
     "কলেজের বার্ষিক অনুষ্ঠানে অতিথিরা বক্তব্য দেন। অধ্যক্ষ যা বলেছেন, আগামী বছর থেকে নতুন বিভাগ চালু হবে।",
     [("আগামী বছর থেকে নতুন বিভাগ চালু হবে", None)]),
    ("minister_said_that_too",
     "সচিবালয়ে বৈঠক শেষে মন্ত্রী সাংবাদিকদের মুখোমুখি হন। মন্ত্রী সেটাও জানিয়েছেন, চালের দাম কমাতে আমদানি "
     "বাড়ানো হবে।",
     [("চালের দাম কমাতে আমদানি বাড়ানো হবে", None)]),
    ("what_the_spokesman_said",
     "সচিবালয়ে বৈঠক শেষে সাংবাদিকদের মুখোমুখি হন মন্ত্রী। মুখপাত্র যা জানিয়েছেন, চালের দাম কমাতে আমদানি "
     "বাড়ানো হবে।",
     [("চালের দাম কমাতে আমদানি বাড়ানো হবে", None)]),
    ("trap_plain_name_before_cue",
     "সংগঠনের সাধারণ সম্পাদক রহিম উদ্দিন বলেন, আগামী সপ্তাহে বিভাগীয় শহরে সমাবেশ হবে।",
     [("আগামী সপ্তাহে বিভাগীয় শহরে সমাবেশ হবে", "Rahim Uddin")]),
]
