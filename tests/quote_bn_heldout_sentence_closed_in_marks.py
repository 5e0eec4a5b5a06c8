"""Held-out Bengali cases of a quotation whose sentence closes inside the marks ("...।’"), followed
by a sentence that opens with a word the pack also lists as a postposition ("সঙ্গে সঙ্গে", at once;
"প্রতি বছর", every year; "সামনে", ahead; "হাতে সময় কম", little time in hand): the marked words
were said (a direct quote of the speaker), not the object of a postposition (rule quoted_name).
Short articles written for this project (no newspaper text), written before the rule;
(fragment, English name of the speaker's actor).
"""
from __future__ import annotations

CASES = [
    ("at_once_after_a_shelter_order",
     "সভায় ইউএনও ফারহানা ইয়াসমিন রুমা বলেন, ‘আজ রাতের মধ্যেই সব আশ্রয়কেন্দ্র খুলে দিতে হবে।’ সঙ্গে সঙ্গে "
     "স্বেচ্ছাসেবকেরা গ্রামে গ্রামে মাইকিং শুরু করেন।",
     [("আজ রাতের মধ্যেই সব আশ্রয়কেন্দ্র", "Farhana Yasmin Ruma")]),
    ("every_year_after_a_farmers_warning",
     "কৃষক নেতা আনোয়ার হোসেন খান বলেন, ‘সারের দাম না কমলে আমরা ধান চাষ ছেড়ে দেব।’ প্রতি বছর বোরো মৌসুমে "
     "সারের সংকট দেখা দেয়।",
     [("সারের দাম না কমলে আমরা", "Anwar Hossain Khan")]),
    ("ahead_after_a_mayors_promise",
     "মেয়র মাহবুবুর রহমান চৌধুরী বলেন, ‘বর্ষার আগেই সব খাল পরিষ্কার করা হবে।’ সামনে বর্ষা মৌসুম, তাই কাজ "
     "দ্রুত শেষ করতে চায় সিটি করপোরেশন।",
     [("বর্ষার আগেই সব খাল পরিষ্কার", "Mahbubur Rahman Chowdhury")]),
    ("time_in_hand_after_a_headteacher",
     "প্রধান শিক্ষক শাহনাজ পারভীন বলেন, ‘নতুন বই হাতে পেয়ে শিশুরা খুব খুশি।’ হাতে সময় কম থাকায় শিক্ষকেরা "
     "ছুটির দিনেও ক্লাস নিচ্ছেন।",
     [("নতুন বই হাতে পেয়ে শিশুরা", "Shahnaz Parvin")]),
    ("every_month_after_a_chairman",
     "ইউনিয়ন পরিষদের চেয়ারম্যান নাসরিন জাহান বলেন, ‘বয়স্ক ভাতার টাকা এবার সময়মতো দেওয়া হবে।’ প্রতি মাসে "
     "পাঁচশ টাকা করে ভাতা পান তারা।",
     [("বয়স্ক ভাতার টাকা এবার সময়মতো", "Nasrin Jahan")]),
    ("at_once_after_a_question",
     "জেলা প্রশাসক কাজী মাহমুদুল করিম সাংবাদিকদের বলেন, ‘ত্রাণ কেন এখনো পৌঁছায়নি?’ সঙ্গে সঙ্গে ত্রাণ "
     "কর্মকর্তাকে তলব করা হয়।",
     [("ত্রাণ কেন এখনো পৌঁছায়নি", "Kazi Mahmudul Karim")]),
]
