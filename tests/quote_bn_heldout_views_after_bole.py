"""Held-out Bengali quote cases written for round 25 (sp25), on words closed by the quotative
"বলে" and then a view or claim: a claim or allegation as a bare noun with its owner in the
genitive and no verb ("... বলে দাবি ব্যবসায়ীদের।", "... বলে তাঁর অভিযোগ।"), a fear or a view as a
cue noun ("... বলে আশঙ্কা করছেন তারা", "... বলে মত দেন তিনি"), and a cue after "আগেই" ("... বলে
আগেই জানিয়েছে X"). Short sentences written for this project (no newspaper text), written before
the change; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody
named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("claim_of_traders_closing_the_sentence",
     "বন্দরে কনটেইনারের জট বাড়ছে। জাহাজ ভিড়তে এক সপ্তাহ দেরি হচ্ছে বলে দাবি ব্যবসায়ীদের।",
     [("জাহাজ ভিড়তে এক সপ্তাহ দেরি হচ্ছে", None)]),
    ("allegation_of_a_named_man_closing_the_sentence",
     "ভূমি অফিসে নামজারির আবেদন ঝুলে আছে। ঘুষ না দেওয়ায় ফাইল আটকে রাখা হয়েছে বলে অভিযোগ কৃষক আবদুল জলিলের।",
     [("ঘুষ না দেওয়ায় ফাইল আটকে রাখা হয়েছে", "আবদুল জলিলের")]),
    ("allegation_of_a_pronoun_before_the_noun",
     "দোকানি রহিম মিয়া গত মাসে বাজারে দোকান নেন। প্রতি সপ্তাহে তাঁর কাছে চাঁদা চাওয়া হচ্ছে বলে তাঁর অভিযোগ।",
     [("প্রতি সপ্তাহে তাঁর কাছে চাঁদা চাওয়া হচ্ছে", "রহিম মিয়া")]),
    ("fear_as_a_cue_noun",
     "চরাঞ্চলে পানি বাড়ছে। আরও দুই দিন বৃষ্টি হলে বাঁধ ভেঙে যেতে পারে বলে আশঙ্কা করছেন স্থানীয় চেয়ারম্যান মোস্তফা কামাল।",
     [("আরও দুই দিন বৃষ্টি হলে বাঁধ ভেঙে যেতে পারে", "মোস্তফা কামাল")]),
    ("view_given_by_a_pronoun",
     "অর্থনীতিবিদ সেলিম রায়হান বাজেট নিয়ে কথা বলেন। করের আওতা না বাড়ালে ঘাটতি কমবে না বলে মত দেন তিনি।",
     [("করের আওতা না বাড়ালে ঘাটতি কমবে না", "সেলিম রায়হান")]),
    ("told_earlier_by_a_ministry",
     "সামনের মাসে নতুন পাঠ্যবই ছাপা শুরু হবে। জানুয়ারির প্রথম দিনেই সব বই পৌঁছে যাবে বলে আগেই জানিয়েছে শিক্ষা মন্ত্রণালয়।",
     [("জানুয়ারির প্রথম দিনেই সব বই পৌঁছে যাবে", "শিক্ষা মন্ত্রণালয়")]),
    # a claim said to have been made, by nobody named, is nobody's words
    ("claim_in_the_passive_is_no_quote",
     "সীমান্তে টহল বাড়ানো হয়েছে। দুজন পাচারকারীকে আটক করা হয়েছে বলে দাবি করা হয়েছিল।",
     [("দুজন পাচারকারীকে আটক করা হয়েছে", "-")]),
    # "মত" in "নিজের মত করে" (in one's own way) is no view told
    ("in_ones_own_way_is_no_view",
     "শিল্পী রুমানা আফরোজ পুরোনো বাড়িটি কিনে নিজের মত করে ‘রঙের ঘর’ নামে সাজিয়েছেন।",
     [("রঙের ঘর", "-")]),
]
