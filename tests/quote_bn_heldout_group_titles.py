"""Held-out Bengali cases of a title that names a group ("নেতারা বলেন", "দলের নেতারা জানান") with
no body named right before it: the registry answers the bare word with the head of government
of the article's country (its "নেতা"), but a group's words are never one holder's, so nobody
named speaks (rule `group_title_not_one_person`). A trap keeps the head of government for the
singular office.
The party's leaders (party_leaders_said) passed before too.
Short articles written for this project (no newspaper text), written before the rule;
(fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("leaders_went_on",
     "ঢাকায় শনিবার এক সংবাদ সম্মেলনে সংগঠনটির দুই শীর্ষ নেতা বক্তব্য দেন। নেতারা আরও বলেন, "
     "‘আমাদের কর্মসূচি শান্তিপূর্ণ থাকবে।’",
     [("আমাদের কর্মসূচি শান্তিপূর্ণ থাকবে", None)]),
    ("leaders_said_after_march",
     "রাজশাহীতে মিছিল শেষে সমাবেশ হয়। সমাবেশে নেতারা বলেন, ‘দাবি না মানা পর্যন্ত আন্দোলন চলবে।’",
     [("দাবি না মানা পর্যন্ত আন্দোলন চলবে", None)]),
    ("leaders_told_reporters",
     "খুলনায় শ্রমিকদের অবস্থান কর্মসূচি তৃতীয় দিনে গড়ায়। নেতারা সাংবাদিকদের জানান, ‘মজুরি বাড়ানো ছাড়া "
     "আমরা কাজে ফিরব না।’",
     [("মজুরি বাড়ানো ছাড়া আমরা কাজে ফিরব না", None)]),
    ("leaders_in_statement",
     "চট্টগ্রামে বন্দরের ইজারা নিয়ে বিতর্ক চলছে। এক বিবৃতিতে নেতারা বলেন, ‘বন্দর বিদেশিদের হাতে দেওয়া চলবে না।’",
     [("বন্দর বিদেশিদের হাতে দেওয়া চলবে না", None)]),
    ("party_leaders_said",
     "সিলেটে জেলা কমিটির সভা হয় বুধবার। সভায় দলের নেতারা বলেন, ‘তৃণমূলের মতামত নিয়েই প্রার্থী ঠিক হবে।’",
     [("তৃণমূলের মতামত নিয়েই প্রার্থী ঠিক হবে", None)]),
    ("leaders_told_after_rally",
     "ময়মনসিংহে সড়ক সংস্কারের দাবিতে সমাবেশ হয়েছে। সমাবেশ শেষে নেতারা জানান, ‘আগামী সপ্তাহে মহাসড়ক অবরোধ করা হবে।’",
     [("আগামী সপ্তাহে মহাসড়ক অবরোধ করা হবে", None)]),
    ("leaders_after_quote",
     "বরিশালে নদীভাঙন নিয়ে মানববন্ধন হয়েছে। ‘বাঁধের কাজ এ বছরই শুরু করতে হবে,’ বলেন নেতারা।",
     [("বাঁধের কাজ এ বছরই শুরু করতে হবে", None)]),
    ("trap_the_chief_adviser",
     "ঢাকায় রোববার বিনিয়োগ সম্মেলন শুরু হয়। উদ্বোধনী অনুষ্ঠানে প্রধান উপদেষ্টা বলেন, ‘বিনিয়োগের পরিবেশ "
     "আগের চেয়ে ভালো।’",
     [("বিনিয়োগের পরিবেশ আগের চেয়ে ভালো", "Muhammad Yunus")]),
    # round 36: the party's leaders right after the party was named (rule
    # group_of_body_referred_back), and the trap of only a commission named before them
    ("party_named_then_its_leaders",
     "বৃহস্পতিবার বিকেলে বিএনপির একটি প্রতিনিধিদল নির্বাচন কমিশনে যায়। বৈঠক শেষে দলটির নেতারা "
     "বলেন, ‘আমরা ফেব্রুয়ারিতেই ভোট চাই।’",
     [("আমরা ফেব্রুয়ারিতেই ভোট চাই", "Bangladesh Nationalist Party")]),
    ("commission_named_then_party_leaders",
     "নির্বাচন কমিশন বৃহস্পতিবার ভোটের রোডম্যাপ প্রকাশ করে। দলটির নেতারা বলেন, ‘আমরা ফেব্রুয়ারিতেই "
     "ভোট চাই।’",
     [("আমরা ফেব্রুয়ারিতেই ভোট চাই", None)]),
]
