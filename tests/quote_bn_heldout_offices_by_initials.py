"""Held-out Bengali cases of an office known by its initials, given in brackets between the office
and its holder's name ("প্রধান নির্বাচন কমিশনার (সিইসি) X"), then standing alone as the speaker
before or after the cue ("সিইসি বলেন", "আহ্বান জানিয়েছেন সিইসি"): the holder speaks. The chief
election commissioner (সিইসি), a director general (ডিজি), a vice-chancellor (ভিসি) and a managing
director (এমডি) are titles of the pack (`titles`), as আইজিপি and ইউএনও were.
Short articles written for this project (no newspaper text), written before the data rows;
(fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("cec_after_an_object_noun",
     "প্রধান নির্বাচন কমিশনার (সিইসি) কাজী মাহমুদুল করিম বৃহস্পতিবার নির্বাচন ভবনে জেলা কর্মকর্তাদের সঙ্গে "
     "বৈঠক করেন। সব দলকে আচরণবিধি মেনে প্রচার চালানোর আহ্বান জানিয়েছেন সিইসি।",
     [("সব দলকে আচরণবিধি মেনে প্রচার", "Kazi Mahmudul Karim")]),
    ("cec_opens_the_report",
     "প্রধান নির্বাচন কমিশনার (সিইসি) কাজী মাহমুদুল করিম বৃহস্পতিবার নির্বাচন ভবনে জেলা কর্মকর্তাদের সঙ্গে "
     "বৈঠক করেন। বৈঠক শেষে সিইসি বলেন, ‘কোনো চাপের কাছে আমরা মাথা নত করব না। ভোট হবে সময়মতো।’",
     [("কোনো চাপের কাছে আমরা মাথা নত", "Kazi Mahmudul Karim")]),
    ("cec_after_an_announcement",
     "প্রধান নির্বাচন কমিশনার (সিইসি) কাজী মাহমুদুল করিম শনিবার রাজশাহীতে এক মতবিনিময় সভায় যোগ দেন। "
     "ভোটের দিন কেন্দ্রের ভেতরে মোবাইল ফোন নিষিদ্ধ থাকার ঘোষণা দিয়েছেন সিইসি।",
     [("কেন্দ্রের ভেতরে মোবাইল ফোন নিষিদ্ধ", "Kazi Mahmudul Karim")]),
    ("director_general_reports",
     "স্বাস্থ্য অধিদপ্তরের মহাপরিচালক (ডিজি) আবু হেনা মোস্তফা জামান রোববার ঢাকার কয়েকটি হাসপাতাল ঘুরে দেখেন। "
     "পরে ডিজি বলেন, শীতের রোগীদের জন্য আলাদা ওয়ার্ড খোলা হবে।",
     [("শীতের রোগীদের জন্য আলাদা ওয়ার্ড", "Abu Hena Mostafa Zaman")]),
    ("director_general_after_the_report",
     "স্বাস্থ্য অধিদপ্তরের মহাপরিচালক (ডিজি) আবু হেনা মোস্তফা জামান রোববার ঢাকার কয়েকটি হাসপাতাল ঘুরে দেখেন। "
     "জেলা হাসপাতালগুলোতে আগামী মাসে নতুন চিকিৎসক পাঠানো হবে বলে জানিয়েছেন ডিজি।",
     [("জেলা হাসপাতালগুলোতে আগামী মাসে নতুন", "Abu Hena Mostafa Zaman")]),
    ("managing_director_instructs",
     "ব্যাংকটির ব্যবস্থাপনা পরিচালক (এমডি) তারেক রেজা খান মঙ্গলবার চট্টগ্রামে ব্যবস্থাপকদের সঙ্গে বৈঠক করেন। "
     "গ্রাহকদের সেবা দ্রুত করার নির্দেশ দেন এমডি।",
     [("গ্রাহকদের সেবা দ্রুত করার", "Tarek Reza Khan")]),
    ("vice_chancellor_says",
     "রাজশাহী বিশ্ববিদ্যালয়ের উপাচার্য (ভিসি) ফারহানা ইয়াসমিন রুমা বুধবার নতুন হলের নির্মাণকাজ পরিদর্শন করেন। "
     "ভিসি বলেন, আগামী বছরের শুরুতে হলটি শিক্ষার্থীদের জন্য খুলে দেওয়া হবে।",
     [("আগামী বছরের শুরুতে হলটি", "Farhana Yasmin Ruma")]),
]
