"""Held-out Bengali quote cases written for round 19 (quotes-bn2), on a speech act named by a noun
whose object is what was said ("... থাকার আহ্বান জানান", "... অবরোধের ঘোষণা দেয় X") followed by a
second clause joined with "এবং": the first clause's object is the quote, whoever closes that clause
its speaker; the clause after "এবং" is another act. Short articles written for this project (no
newspaper text), written before the change; same format as quote_bn_heldout.CASES (fragment, speaker
surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("call_then_a_request",
     "স্বাস্থ্য উপদেষ্টা নুরজাহান বেগম শীতে শিশুদের বিশেষ যত্ন নেওয়ার আহ্বান জানিয়েছেন এবং হাসপাতালগুলোকে প্রস্তুত "
     "থাকার নির্দেশ দিয়েছেন।",
     [("শীতে শিশুদের বিশেষ যত্ন নেওয়ার", "নুরজাহান বেগম")]),
    ("announcement_by_a_closing_body_then_a_sit_in",
     "মজুরি বাড়ানোর দাবিতে মহাসড়ক অবরোধের ঘোষণা দিয়েছেন শ্রমিক নেতা আবুল কাশেম এবং রাতভর শ্রমিকেরা সেখানে "
     "অবস্থান করেন।",
     [("মহাসড়ক অবরোধের", "আবুল কাশেম")]),
    ("praise_by_a_pronoun_then_greetings",
     "জেলা প্রশাসক মাহমুদা আক্তার মেলা পরিদর্শন করেন। তিনি স্থানীয় কারিগরদের হাতে তৈরি পণ্যের মানের প্রশংসা করেন "
     "এবং সবাইকে শুভেচ্ছা জানান।",
     [("স্থানীয় কারিগরদের হাতে তৈরি পণ্যের মানের", "মাহমুদা আক্তার")]),
    ("urging_then_an_inauguration",
     "পরিবেশ উপদেষ্টা সৈয়দা রিজওয়ানা হাসান নদী দখলমুক্ত করতে জেলা প্রশাসনকে দ্রুত ব্যবস্থা নেওয়ার তাগিদ দেন এবং "
     "পরে একটি বৃক্ষরোপণ কর্মসূচির উদ্বোধন করেন।",
     [("দ্রুত ব্যবস্থা নেওয়ার", "সৈয়দা রিজওয়ানা হাসান")]),
    ("instruction_then_a_visit",
     "পুলিশ সুপার রফিকুল হাসান থানাগুলোকে রাতের টহল বাড়ানোর নির্দেশ দেন এবং পরে একটি তল্লাশিচৌকি ঘুরে দেখেন।",
     [("রাতের টহল বাড়ানোর", "রফিকুল হাসান")]),
    ("assurance_then_a_meeting",
     "শিক্ষা সচিব মোস্তফা জামান শিক্ষকদের বকেয়া বেতন দ্রুত পরিশোধের আশ্বাস দেন এবং আন্দোলনকারীদের সঙ্গে বৈঠক করেন।",
     [("শিক্ষকদের বকেয়া বেতন দ্রুত পরিশোধের", "মোস্তফা জামান")]),
]
