"""Held-out Bengali cases of a title counted by a number word or a quantifier ("দুজন নেতা
নিশ্চিত করেছেন", "কমিশনের একাধিক কর্মকর্তা জানিয়েছেন", "কয়েকজন কর্মকর্তা বলেন"): a Bengali noun
stays singular after a count, but the count makes it a group of people the text does not name, so
no one person named earlier in the article speaks (the pack's `indefinites`, rule
`indefinite`). A trap keeps an earlier named holder for the bare title that follows.
Short articles written for this project (no newspaper text), written before the rule;
(fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("two_leaders_confirmed",
     "জোটের বৈঠকে সভাপতিত্ব করেন দলের জ্যেষ্ঠ নেতা রফিকুল আলম। বৈঠক শেষে তিনি সাংবাদিকদের কিছু বলেননি। "
     "আলোচনা ভালো হয়েছে বলে দুজন নেতা নিশ্চিত করেছেন।",
     [("আলোচনা ভালো হয়েছে", None)]),
    ("several_officials_said",
     "কমিশনের জনসংযোগ কর্মকর্তা আবদুল কাদের সকালে বিজ্ঞপ্তি দেন। ডিসেম্বরের মধ্যে তফসিল ঘোষণা হতে পারে বলে "
     "কমিশনের একাধিক কর্মকর্তা জানিয়েছেন।",
     [("ডিসেম্বরের মধ্যে তফসিল ঘোষণা হতে পারে", None)]),
    ("some_officers_say",
     "পানি উন্নয়ন বোর্ডের নির্বাহী কর্মকর্তা নাসির উদ্দিন দুপুরে বাঁধ পরিদর্শন করেন। কয়েকজন কর্মকর্তা বলেন, বাঁধের তিনটি জায়গা "
     "ঝুঁকিতে আছে।",
     [("বাঁধের তিনটি জায়গা ঝুঁকিতে আছে", None)]),
    ("three_teachers_told",
     "বিদ্যালয়ের প্রধান শিক্ষক মাহবুব হাসান অনুষ্ঠানে সভাপতিত্ব করেন। তিনজন শিক্ষক জানান, নতুন বই এখনো "
     "পুরোপুরি আসেনি।",
     [("নতুন বই এখনো পুরোপুরি আসেনি", None)]),
    ("two_officers_of_the_station",
     "থানার তদন্ত কর্মকর্তা কামরুল ইসলাম ঘটনাস্থলে যান। থানার দুজন কর্মকর্তা জানান, আটক ব্যক্তিদের আদালতে পাঠানো হবে।",
     [("আটক ব্যক্তিদের আদালতে পাঠানো হবে", None)]),
    ("several_leaders_claimed",
     "সমাবেশে প্রধান অতিথি ছিলেন দলের কেন্দ্রীয় নেতা হাবিবুর রহমান। সমাবেশে পুলিশ বাধা দিয়েছে বলে একাধিক নেতা "
     "অভিযোগ করেন।",
     [("সমাবেশে পুলিশ বাধা দিয়েছে", None)]),
    ("trap_the_officer_named_before",
     "জেলা প্রশাসক নাসরিন সুলতানা দুপুরে বাঁধ পরিদর্শন করেন। পরে জেলা প্রশাসক বলেন, বাঁধের তিনটি জায়গা "
     "ঝুঁকিতে আছে।",
     [("বাঁধের তিনটি জায়গা ঝুঁকিতে আছে", "Nasrin Sultana")]),
]
