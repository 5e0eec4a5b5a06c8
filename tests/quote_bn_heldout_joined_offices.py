"""Held-out Bengali cases of a speaker who closes the sentence after the cue with two offices
joined by "ও" or "এবং" before the name ("... ঘোষণা দিয়েছেন জেলা আসনে সংসদ সদস্য পদপ্রার্থী ও দলের
যুগ্ম আহ্বায়ক Y।"): the first office ends in a title right before the joiner, so only the last
office's words qualify the name, and the name is the speaker (rule
office_joined_before_closing_name). Short articles written for this project (no newspaper text),
written before the rule; (fragment, English name of the speaker's actor).
"""
from __future__ import annotations

CASES = [
    ("candidate_and_joint_convener",
     "দল ছাড়লেন নেতা\n\nনির্বাচনে অংশ নেওয়া থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন বগুড়া-৩ আসনে সংসদ সদস্য "
     "পদপ্রার্থী ও দলের যুগ্ম আহ্বায়ক নাসরিন জাহান।",
     [("নির্বাচনে অংশ নেওয়া থেকে সরে", "Nasrin Jahan")]),
    ("secretary_and_spokesman",
     "বন্যার্তদের ত্রাণ\n\nউত্তরের জেলাগুলোতে আরও দুই হাজার টন চাল পাঠানো হবে বলে জানিয়েছেন ত্রাণ ও দুর্যোগ "
     "ব্যবস্থাপনা মন্ত্রণালয়ের অতিরিক্ত সচিব ও মন্ত্রণালয়ের মুখপাত্র মাহবুবুর রহমান চৌধুরী।",
     [("আরও দুই হাজার টন চাল পাঠানো হবে", "Mahbubur Rahman Chowdhury")]),
    ("president_and_member",
     "বাজারে আগুন\n\nক্ষতিগ্রস্ত দোকানিদের দ্রুত ক্ষতিপূরণ দেওয়ার দাবি জানিয়েছেন স্থানীয় বণিক সমিতির সভাপতি এবং "
     "পৌরসভার তিনবারের নির্বাচিত সদস্য আনোয়ার হোসেন খান।",
     [("ক্ষতিগ্রস্ত দোকানিদের দ্রুত ক্ষতিপূরণ", "Anwar Hossain Khan")]),
    ("teacher_and_coordinator",
     "পরীক্ষা পেছাল\n\nশীতের কারণে বার্ষিক পরীক্ষা এক সপ্তাহ পিছিয়ে দেওয়ার ঘোষণা দিয়েছেন বিদ্যালয়ের জ্যেষ্ঠ "
     "শিক্ষক ও পরীক্ষা কমিটির সমন্বয়ক শাহনাজ পারভীন।",
     [("বার্ষিক পরীক্ষা এক সপ্তাহ পিছিয়ে", "Shahnaz Parvin")]),
    ("councillor_and_leader",
     "সড়ক সংস্কার\n\nবর্ষার আগেই শহরের ভাঙা সড়কগুলো মেরামত করার আহ্বান জানিয়েছেন সংরক্ষিত আসনের ওয়ার্ড কাউন্সিলর ও "
     "জেলা মহিলা দলের সাবেক নেত্রী ফারহানা ইয়াসমিন রুমা।",
     [("শহরের ভাঙা সড়কগুলো মেরামত", "Farhana Yasmin Ruma")]),
    ("commissioner_and_chairman",
     "ভোটের প্রস্তুতি\n\nসব কেন্দ্রে সিসি ক্যামেরা বসানো হবে বলে জানিয়েছেন নির্বাচন কমিশনার ও কমিশনের "
     "আইন কমিটির চেয়ারম্যান কাজী মাহমুদুল করিম।",
     [("সব কেন্দ্রে সিসি ক্যামেরা বসানো", "Kazi Mahmudul Karim")]),
]
