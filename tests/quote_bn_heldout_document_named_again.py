"""Held-out Bengali quote cases written for round 25 (sp25), on a document named again by its own
word in the sentence after the one that named its issuer ("X অধিদপ্তরের পাঠানো এক বিজ্ঞপ্তিতে এ
তথ্য জানানো হয়। বিজ্ঞপ্তিতে বলা হয়, ..."): its words are that issuer's, as they are after "এতে
বলা হয়" (rule issuer_of_document_before, now also asked by document_author). Short sentences
written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("notice_sent_by_a_directorate",
     "হাসপাতালে ভর্তি রোগী বেড়েছে। স্বাস্থ্য অধিদপ্তরের পাঠানো এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়। "
     "বিজ্ঞপ্তিতে বলা হয়, গত এক দিনে নতুন করে চারশ রোগী ভর্তি হয়েছেন।",
     [("গত এক দিনে নতুন করে চারশ রোগী ভর্তি হয়েছেন", "স্বাস্থ্য অধিদপ্তরের")]),
    ("statement_of_a_ministry",
     "বিদেশে কর্মী পাঠানো নিয়ে নতুন সিদ্ধান্ত এসেছে। পররাষ্ট্র মন্ত্রণালয়ের এক বিবৃতিতে সিদ্ধান্তটি জানানো হয়। "
     "বিবৃতিতে বলা হয়েছে, আগামী মাস থেকে নতুন নিয়মে ভিসার আবেদন নেওয়া হবে।",
     [("আগামী মাস থেকে নতুন নিয়মে ভিসার আবেদন নেওয়া হবে", "পররাষ্ট্র মন্ত্রণালয়ের")]),
    ("press_release_of_the_election_commission",
     "ভোটের তফসিল নিয়ে আলোচনা চলছে। নির্বাচন কমিশনের এক সংবাদ বিজ্ঞপ্তিতে বৈঠকের কথা জানানো হয়। "
     "বিজ্ঞপ্তিতে আরও বলা হয়, দলগুলোর সঙ্গে সংলাপ শেষে তফসিল ঘোষণা করা হবে।",
     [("দলগুলোর সঙ্গে সংলাপ শেষে তফসিল ঘোষণা করা হবে", "নির্বাচন কমিশনের")]),
    ("weather_office_notice",
     "উপকূলে ঝোড়ো হাওয়া বইছে। আবহাওয়া অধিদপ্তরের এক বিশেষ বিজ্ঞপ্তিতে সতর্কসংকেতের কথা জানানো হয়েছে। "
     "বিজ্ঞপ্তিতে বলা হয়েছে, মাছ ধরার নৌকাগুলোকে নিরাপদ আশ্রয়ে থাকতে হবে।",
     [("মাছ ধরার নৌকাগুলোকে নিরাপদ আশ্রয়ে থাকতে হবে", "আবহাওয়া অধিদপ্তরের")]),
    ("letter_of_the_central_bank",
     "ঋণ পুনঃতফসিলের নিয়ম বদলেছে। বাংলাদেশ ব্যাংকের পাঠানো এক চিঠিতে ব্যাংকগুলোকে তা জানানো হয়। "
     "চিঠিতে বলা হয়, খেলাপি ঋণের দুই শতাংশ জমা দিলেই পুনঃতফসিল করা যাবে।",
     [("খেলাপি ঋণের দুই শতাংশ জমা দিলেই পুনঃতফসিল করা যাবে", "বাংলাদেশ ব্যাংকের")]),
    ("statement_of_the_police_headquarters",
     "রাজধানীতে নিরাপত্তা জোরদার করা হয়েছে। পুলিশ সদর দপ্তরের এক বিবৃতিতে এ তথ্য জানানো হয়। "
     "বিবৃতিতে বলা হয়, গুরুত্বপূর্ণ মোড়ে অতিরিক্ত পুলিশ মোতায়েন থাকবে।",
     [("গুরুত্বপূর্ণ মোড়ে অতিরিক্ত পুলিশ মোতায়েন থাকবে", "পুলিশ সদর দপ্তরের")]),
    # a document of nobody named before stays nobody's, but its words are still a statement the text
    # reports (GUIDELINES Q1 "বিবৃতিতে বলা হয়", Q4 an unidentified speaker is ""): a quote with no actor
    # (rule statement_of_unknown_issuer)
    ("notice_of_nobody_named",
     "শহরের কয়েকটি সড়কে যান চলাচল বন্ধ থাকবে। বিজ্ঞপ্তিতে বলা হয়, সংস্কারকাজ চলবে দুই সপ্তাহ।",
     [("সংস্কারকাজ চলবে দুই সপ্তাহ", None)]),
]
