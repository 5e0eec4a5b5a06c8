"""Held-out Bengali quote cases written for round 19, on "যোগ দেন" (joined: a party, a post, a
team, an event), which is no speech, beside "যোগ করেন" (added), which is: the noun "যোগ" makes a
speech cue only with the light verb "করা" (the pack's cue verbs), never with "দেওয়া". The last two
cases are guards: words added after a quotation or a report keep their speaker. Short articles
written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("joined_a_party_then_a_purpose_clause",
     "সাবেক সংসদ সদস্য হারুনুর রশিদ মঙ্গলবার গণ অধিকার পরিষদে যোগ দিয়েছেন, যাতে আগামী নির্বাচনে দলটির "
     "প্রতীক নিয়ে লড়তে পারেন।",
     [("আগামী নির্বাচনে দলটির", "-")]),
    ("joined_a_post_then_a_second_clause",
     "সাবিনা ইয়াসমিন রোববার নতুন ব্যবস্থাপনা পরিচালক হিসেবে যোগ দেন, এর আগে তিনি একটি বিদেশি ব্যাংকে কাজ করতেন।",
     [("একটি বিদেশি ব্যাংকে কাজ", "-")]),
    ("joined_a_team_then_what_followed",
     "পেসার শরিফুল ইসলাম বৃহস্পতিবার জাতীয় দলের অনুশীলনে যোগ দিলেন, তবে প্রথম দিন তিনি বোলিং করেননি।",
     [("প্রথম দিন তিনি বোলিং", "-")]),
    ("a_body_joined_an_exercise_then_its_length",
     "সেনাবাহিনীর একটি দল শুক্রবার কক্সবাজারে আয়োজিত যৌথ মহড়ায় যোগ দিয়েছে, মহড়াটি চলবে পাঁচ দিন।",
     [("মহড়াটি চলবে পাঁচ দিন", "-")]),
    ("joined_after_leaving_then_a_reason",
     "শহিদুল আলম জাতীয় পার্টি ছেড়ে গত সপ্তাহে বিএনপিতে যোগ দিয়েছেন, কারণ আসনটিতে দলের কোনো প্রার্থী ছিল না।",
     [("আসনটিতে দলের কোনো প্রার্থী", "-")]),
    ("joined_a_committee_then_its_task",
     "সাবেক রাষ্ট্রদূত মাহমুদা খাতুন উপদেষ্টা হিসেবে মন্ত্রণালয়ের নতুন কমিটিতে যোগ দিয়েছিলেন, কমিটিটি "
     "শ্রমবাজার নিয়ে সুপারিশ তৈরি করছে।",
     [("শ্রমবাজার নিয়ে সুপারিশ", "-")]),
    ("added_after_a_quotation_keeps_its_speaker",
     "স্বাস্থ্য অধিদপ্তরের মুখপাত্র রেহানা পারভীন বলেন, ‘হাসপাতালে পর্যাপ্ত শয্যা আছে।’ তিনি যোগ করেন, "
     "‘রোগীর চাপ বাড়লে অস্থায়ী ওয়ার্ড খোলা হবে।’",
     [("অস্থায়ী ওয়ার্ড খোলা হবে", "রেহানা পারভীন")]),
    ("added_after_a_report_keeps_its_speaker",
     "জেলা কৃষি কর্মকর্তা মোস্তফা কামাল জানান, এবার আমনের ফলন ভালো হয়েছে। তিনি যোগ করেন, কৃষকেরা এবার "
     "ন্যায্য দাম পাবেন।",
     [("কৃষকেরা এবার ন্যায্য দাম পাবেন", "মোস্তফা কামাল")]),
]
