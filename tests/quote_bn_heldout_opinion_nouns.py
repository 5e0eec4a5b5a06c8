"""Held-out Bengali quote cases written for round 25 (sp25), on a reading of events given as a
noun after its speaker in the genitive and set off by a comma: an observation ("পর্যবেক্ষণ"), a
hint ("ইঙ্গিত"), an explanation ("ব্যাখ্যা"), a fear ("আশঙ্কা"), a forecast ("পূর্বাভাস"), as the
pack's `statement_nouns` already read "দাবি" or "ভাষ্য" ("কৃষকদের দাবি, ..."). After a genitive
naming nobody ("ঘটনার ব্যাখ্যা") no speaker is found and there is no quote. Short sentences
written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("observation_of_a_named_teacher",
     "সংলাপ নিয়ে নানা প্রশ্ন উঠেছে। রাষ্ট্রবিজ্ঞানের অধ্যাপক নাসিমা হকের পর্যবেক্ষণ, দলগুলো ছাড় না দিলে আলোচনা বেশি দূর এগোবে না।",
     [("দলগুলো ছাড় না দিলে আলোচনা বেশি দূর এগোবে না", "নাসিমা হক")]),
    ("hint_of_unnamed_officials",
     "নতুন বাজেট নিয়ে আলোচনা চলছে। অর্থ বিভাগের কর্মকর্তাদের ইঙ্গিত, এবার করমুক্ত আয়ের সীমা বাড়ছে না।",
     [("এবার করমুক্ত আয়ের সীমা বাড়ছে না", None)]),
    ("explanation_of_a_named_engineer",
     "সেতুর একাংশে ফাটল দেখা দিয়েছে। প্রকৌশলী মাহমুদুল করিমের ব্যাখ্যা, নির্মাণের সময় নিম্নমানের রড ব্যবহার করা হয়েছিল।",
     [("নির্মাণের সময় নিম্নমানের রড ব্যবহার করা হয়েছিল", "মাহমুদুল করিম")]),
    ("fear_of_a_pronoun",
     "চাষি আবুল কাশেম এবার পাঁচ বিঘা জমিতে আলু লাগিয়েছেন। তাঁর আশঙ্কা, দাম না বাড়লে খরচও উঠবে না।",
     [("দাম না বাড়লে খরচও উঠবে না", "আবুল কাশেম")]),
    ("fear_of_unnamed_experts",
     "শহরে ডেঙ্গুর প্রকোপ বাড়ছে। বিশেষজ্ঞদের আশঙ্কা, বর্ষার শেষ দিকে রোগীর সংখ্যা আরও বাড়বে।",
     [("বর্ষার শেষ দিকে রোগীর সংখ্যা আরও বাড়বে", None)]),
    ("forecast_of_a_named_meteorologist",
     "দেশের উত্তরাঞ্চলে শীত জেঁকে বসেছে। আবহাওয়াবিদ শাহানা পারভীনের পূর্বাভাস, সপ্তাহের শেষে তাপমাত্রা আরও কমবে।",
     [("সপ্তাহের শেষে তাপমাত্রা আরও কমবে", "শাহানা পারভীন")]),
    ("explanation_of_an_event_is_no_quote",
     "নদীর পানি হঠাৎ বেড়ে যায়। এর সহজ ব্যাখ্যা, উজানে কয়েক দিন ধরে টানা বৃষ্টি হয়েছে।",
     [("উজানে কয়েক দিন ধরে টানা বৃষ্টি হয়েছে", "-")]),
]
