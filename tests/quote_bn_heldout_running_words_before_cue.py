"""Held-out Bengali cases of one running-text word between an unnamed speaker's title and the cue
("দলের এক নেতা ফোনে বলেন", "জেলার পুলিশ সুপার মুঠোফোনে জানান", "বিবাদীপক্ষের আইনজীবী অবশ্য
দাবি করেন"): the word is how or where the speaker spoke, not a shapeless name, so no new actor
("Fone", "Muthofone", "Abashya") speaks (rule running_words_no_name: every word of the would-be
name is one the NER sets tag O nine times in ten). A trap keeps a plain name before its cue.
Short articles written for this project (no newspaper text), written before the rule;
(fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("party_leader_on_the_phone",
     "জোটের বৈঠকে আসন ভাগাভাগি নিয়ে কোনো সিদ্ধান্ত হয়নি। শরিক দলের এক নেতা ফোনে বলেন, অন্তত তিনটি "
     "আসন নিয়ে এখনো দর কষাকষি চলছে।",
     [("অন্তত তিনটি আসন নিয়ে এখনো দর কষাকষি চলছে", None)]),
    ("superintendent_on_the_mobile",
     "নদীর চরে দুই পক্ষের সংঘর্ষের পর গ্রামে উত্তেজনা রয়েছে। জেলার পুলিশ সুপার মুঠোফোনে জানান, চরের "
     "গ্রামগুলোতে টহল বাড়ানো হয়েছে।",
     [("চরের গ্রামগুলোতে টহল বাড়ানো হয়েছে", None)]),
    ("defence_lawyer_however_claims",
     "শুনানিতে বাদীপক্ষ তিনজন সাক্ষী হাজির করে। বিবাদীপক্ষের আইনজীবী অবশ্য দাবি করেন, তার মক্কেল "
     "সেদিন শহরেই ছিলেন না।",
     [("তার মক্কেল সেদিন শহরেই ছিলেন না", None)]),
    ("officer_laughing_says",
     "বন্দরে পণ্য খালাস নিয়ে ব্যবসায়ীদের অভিযোগ পুরোনো। কাস্টমসের এক কর্মকর্তা হেসে বলেন, জট এখন "
     "অনেকটাই কমে এসেছে।",
     [("জট এখন অনেকটাই কমে এসেছে", None)]),
    ("secretary_by_telephone",
     "বন্যায় জেলার চারটি উপজেলার সড়ক ডুবে গেছে। ত্রাণ মন্ত্রণালয়ের অতিরিক্ত সচিব টেলিফোনে জানান, "
     "আজ রাতেই শুকনো খাবার পাঠানো হবে।",
     [("আজ রাতেই শুকনো খাবার পাঠানো হবে", None)]),
    ("coordinator_online_says",
     "সমাবেশের অনুমতি নিয়ে প্রশাসনের সঙ্গে আলোচনা চলছে। আয়োজক কমিটির এক সমন্বয়ক অনলাইনে বলেন, "
     "অনুমতি না পেলেও তারা মাঠে থাকবেন।",
     [("অনুমতি না পেলেও তারা মাঠে থাকবেন", None)]),
    ("trap_plain_name_before_cue",
     "বাজার কমিটির সভাপতি করিম উদ্দিন বলেন, আগামী মাস থেকে দোকান খোলা থাকবে রাত দশটা পর্যন্ত।",
     [("আগামী মাস থেকে দোকান খোলা থাকবে", "Karim Uddin")]),
]
