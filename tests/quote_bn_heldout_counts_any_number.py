"""Held-out Bengali cases of a title counted by any number, not only the few count words the pack
lists ("ছয়জন কর্মকর্তা", "দুই জন নেতা", "৩ জন শিক্ষক", "১০জন চিকিৎসক", "সাত সদস্য"): a count makes
the title a group nobody named, so no one person named earlier speaks (rule `indefinite`, the
pack's `number_words` and `counters`). A trap keeps an earlier holder for the bare title.
Short articles written for this project (no newspaper text), written before the rule (a review
found the count words listed one by one: "দুজন" gave nobody, "ছয়জন" the earlier holder);
(fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("six_officers_in_one_word",
     "থানার তদন্ত কর্মকর্তা কামরুল ইসলাম ঘটনাস্থলে যান। থানার ছয়জন কর্মকর্তা জানান, আটক ব্যক্তিদের আদালতে পাঠানো হবে।",
     [("আটক ব্যক্তিদের আদালতে পাঠানো হবে", None)]),
    ("two_leaders_in_two_words",
     "জোটের বৈঠকে সভাপতিত্ব করেন দলের জ্যেষ্ঠ নেতা রফিকুল আলম। দুই জন নেতা বলেন, আসন নিয়ে আলোচনা এখনো শেষ হয়নি।",
     [("আসন নিয়ে আলোচনা এখনো শেষ হয়নি", None)]),
    ("three_teachers_in_digits",
     "বিদ্যালয়ের প্রধান শিক্ষক মাহবুব হাসান অনুষ্ঠানে সভাপতিত্ব করেন। ৩ জন শিক্ষক জানান, নতুন বই এখনো পুরোপুরি আসেনি।",
     [("নতুন বই এখনো পুরোপুরি আসেনি", None)]),
    ("ten_doctors_digits_joined",
     "হাসপাতালের তত্ত্বাবধায়ক চিকিৎসক সেলিনা আক্তার সকালে ওয়ার্ড ঘুরে দেখেন। ১০জন চিকিৎসক বলেন, শয্যার চেয়ে রোগী তিন গুণ।",
     [("শয্যার চেয়ে রোগী তিন গুণ", None)]),
    ("ten_officials_in_one_word",
     "কমিশনের জনসংযোগ কর্মকর্তা আবদুল কাদের সকালে বিজ্ঞপ্তি দেন। দশজন কর্মকর্তা জানিয়েছেন, তফসিল পেছানোর কোনো আলোচনা হয়নি।",
     [("তফসিল পেছানোর কোনো আলোচনা হয়নি", None)]),
    ("seven_members_bare_number",
     "কমিটির সদস্য জাহিদুল ইসলাম প্রতিবেদন জমা দেন। সাত সদস্য বলেন, প্রতিবেদনের সঙ্গে তাঁরা একমত নন।",
     [("প্রতিবেদনের সঙ্গে তাঁরা একমত নন", None)]),
    ("trap_the_officer_named_before",
     "থানার তদন্ত কর্মকর্তা কামরুল ইসলাম ঘটনাস্থলে যান। পরে তদন্ত কর্মকর্তা জানান, আটক ব্যক্তিদের আদালতে পাঠানো হবে।",
     [("আটক ব্যক্তিদের আদালতে পাঠানো হবে", "Kamrul Islam")]),
]
