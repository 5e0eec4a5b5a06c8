"""Held-out Bengali quote cases written for round 25 (sp25), on a body's claim or announcement in
the passive, set off by a comma ("মন্ত্রণালয়ের এক বিবৃতিতে দাবি করা হয়েছে, ...", "দলের পক্ষ থেকে
ঘোষণা দেওয়া হয়েছে, ...", "শোকবার্তায় আরও ঘোষণা দেওয়া হয়, ..."): like "বলা হয়েছে" these cues speak
for the body or the document's issuer named with them. Short sentences written for this project
(no newspaper text), written before the change; same format as quote_bn_heldout.CASES
(fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("claim_in_a_ministrys_statement",
     "সীমান্তে গোলাগুলির ঘটনা ঘটেছে। ভারতের স্বরাষ্ট্র মন্ত্রণালয়ের এক বিবৃতিতে দাবি করা হয়েছে, "
     "চোরাকারবারিরা প্রথমে টহল দলের ওপর হামলা চালায়।",
     [("চোরাকারবারিরা প্রথমে টহল দলের ওপর হামলা চালায়", "স্বরাষ্ট্র মন্ত্রণালয়ের")]),
    ("claim_on_behalf_of_a_party",
     "উপজেলা সদরে দুই দলের সংঘর্ষে অন্তত দশজন আহত হয়েছেন। বিএনপির পক্ষ থেকে দাবি করা হয়েছে, "
     "তাদের মিছিলে বিনা উসকানিতে হামলা চালানো হয়।",
     [("তাদের মিছিলে বিনা উসকানিতে হামলা চালানো হয়", "বিএনপির")]),
    ("announcement_on_behalf_of_a_party",
     "দুর্ঘটনায় দলের দুই কর্মী নিহত হয়েছেন। জামায়াতে ইসলামীর পক্ষ থেকে ঘোষণা দেওয়া হয়েছে, "
     "আহতদের চিকিৎসার পুরো খরচ দল বহন করবে।",
     [("আহতদের চিকিৎসার পুরো খরচ দল বহন করবে", "জামায়াতে ইসলামীর")]),
    ("announcement_in_a_statement_of_a_ministry",
     "বন্যায় উত্তরের কয়েকটি জেলা প্লাবিত হয়েছে। শিক্ষা মন্ত্রণালয়ের এক বিজ্ঞপ্তিতে ঘোষণা করা হয়েছে, "
     "প্লাবিত এলাকার সব বিদ্যালয় এক সপ্তাহ বন্ধ থাকবে।",
     [("প্লাবিত এলাকার সব বিদ্যালয় এক সপ্তাহ বন্ধ থাকবে", "শিক্ষা মন্ত্রণালয়ের")]),
    ("claim_in_a_statement_of_the_election_commission",
     "ভোটকেন্দ্রে অনিয়মের অভিযোগ উঠেছে। নির্বাচন কমিশনের এক বিবৃতিতে দাবি করা হয়, "
     "কোনো কেন্দ্রে ভোট গ্রহণ বন্ধ হয়নি।",
     [("কোনো কেন্দ্রে ভোট গ্রহণ বন্ধ হয়নি", "নির্বাচন কমিশনের")]),
    ("announcement_in_a_statement_of_the_football_federation",
     "জাতীয় দলের অনুশীলন ক্যাম্প শুরু হচ্ছে। বাফুফের এক বিবৃতিতে ঘোষণা দেওয়া হয়, "
     "আগামী মাসের প্রীতি ম্যাচের দল শনিবার জানানো হবে।",
     [("আগামী মাসের প্রীতি ম্যাচের দল শনিবার জানানো হবে", "বাফুফের")]),
    # a claim said to have been made, its words closed by বলে and nobody named: no quote
    ("passive_claim_after_bole_of_nobody",
     "নদীতে একটি ট্রলার ডুবে গেছে। ট্রলারে বিশজন যাত্রী ছিলেন বলে দাবি করা হয়।",
     [("ট্রলারে বিশজন যাত্রী ছিলেন", "-")]),
]
